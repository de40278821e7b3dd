#!/usr/bin/env bash
# Makes the Sendmail files the tests keep: its two bounces
# (tests/fixtures/sendmail-bounce-*.eml) and its reply to EHLO
# (tests/replies/ehlo-sendmail.txt). A private Sendmail 8.17, from
# Debian's packages unpacked into a scratch folder (not installed, so the
# machine's Postfix stays), its configuration made with m4 from
# sendmail-cf, relays two messages to the sink example, which refuses one
# recipient as unknown (550 5.1.1) and greylists the other (451 4.7.1)
# until the queue's return time runs out. The bounces go to the sender's
# own domain, local.test, whose local mailer is a script that writes each
# message it gets to a file.
#
#   scripts/sendmail-bounces.sh [OUT [REPLIES]]   # as root; by default
#                                                 # tests/fixtures, tests/replies
#
# Sendmail refuses files under a world-writable directory (so under /tmp):
# the scratch folder is in /run. It wants a qualified name for its host,
# which here has none: it runs in a mount namespace whose /etc/hosts names
# one. Ports: 2526 (sink), 2531 (Sendmail).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath "${1:-tests/fixtures}")
replies=$(realpath "${2:-tests/replies}")
[ "$(id -u)" = 0 ] || { echo "sendmail-bounces.sh: needs root" >&2; exit 1; }
command -v m4 >/dev/null || apt-get install -y -qq m4 >/dev/null
work=$(mktemp -d /run/smtp-status-sendmail.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/queue" "$work/caught"
chmod 700 "$work/queue"

(cd "$work" && apt-get download -qq sendmail-bin sendmail-cf libwrap0 2>/dev/null)
for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/root"; done
# Not set-group-id: the loader would ignore LD_LIBRARY_PATH.
chmod g-s "$work/root/usr/libexec/sendmail/sendmail"
export LD_LIBRARY_PATH="$work/root/usr/lib/x86_64-linux-gnu"

cat >"$work/catch.sh" <<CATCH
#!/bin/sh
# The local mailer: each message delivered to local.test, to a file.
n=\$(ls "$work/caught" | wc -l)
cat >"$work/caught/\$((n + 1)).eml"
CATCH
chmod 755 "$work/catch.sh"
# The sender is no user here: its mail goes to root, whose local mailer
# is the script.
printf 'sender: root\npostmaster: root\nMAILER-DAEMON: root\n' >"$work/aliases"
printf '127.0.0.1 localhost\n127.0.0.1 %s.sendmail.test %s\n' "$(hostname)" "$(hostname)" >"$work/hosts"
cat >"$work/sendmail.mc" <<MC
divert(-1)
divert(0)dnl
include(\`$work/root/usr/share/sendmail/cf/m4/cf.m4')dnl
VERSIONID(\`smtp-status tests')dnl
OSTYPE(\`linux')dnl
define(\`confDOMAIN_NAME', \`sendmail.test')dnl
define(\`QUEUE_DIR', \`$work/queue')dnl
define(\`ALIAS_FILE', \`$work/aliases')dnl
define(\`confPID_FILE', \`$work/sendmail.pid')dnl
define(\`STATUS_FILE', \`$work/statistics')dnl
dnl Deferred mail is given up eight seconds after it came.
define(\`confTO_QUEUERETURN', \`8s')dnl
define(\`confTO_QUEUEWARN', \`1h')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confRUN_AS_USER', \`root')dnl
define(\`SMART_HOST', \`esmtp:[127.0.0.1]')dnl
define(\`ESMTP_MAILER_ARGS', \`TCP \$h 2526')dnl
define(\`LOCAL_MAILER_PATH', \`$work/catch.sh')dnl
define(\`LOCAL_MAILER_ARGS', \`catch.sh \$u')dnl
LOCAL_DOMAIN(\`local.test')dnl
FEATURE(\`promiscuous_relay')dnl
FEATURE(\`accept_unresolvable_domains')dnl
DAEMON_OPTIONS(\`Port=2531, Addr=127.0.0.1, Name=MTA')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
MC
m4 "$work/sendmail.mc" >"$work/sendmail.cf" 2>/dev/null
in_namespace() {
    unshare -m sh -c 'mount --bind "$0" /etc/hosts && exec "$@"' "$work/hosts" \
        "$work/root/usr/libexec/sendmail/sendmail" -C "$work/sendmail.cf" "$@"
}
in_namespace -bi >/dev/null

cargo build -q --example sink
pids=()
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    # Sendmail forks its listener, which renames itself: by its pid file.
    [ -s "$work/sendmail.pid" ] && kill "$(head -1 "$work/sendmail.pid")" 2>/dev/null || true
    sleep 1
    rm -rf "$work"
}
trap cleanup EXIT
target/debug/examples/sink 127.0.0.1:2526 --unknown nobody@sink.test --greylist later@sink.test 2>"$work/sink.log" &
pids+=($!)
in_namespace -bD -q2s >"$work/sendmail.log" 2>&1 &
pids+=($!)
for _ in $(seq 20); do
    python3 -c 'import socket; socket.create_connection(("127.0.0.1", 2531), 1)' 2>/dev/null && break
    sleep 0.5
done

python3 scripts/capture-ehlo.py 127.0.0.1 2531 "$replies/ehlo-sendmail.txt"
python3 scripts/relay-two.py 2531 Sendmail

python3 scripts/keep-bounces.py "$work/caught" "$out" sendmail Final-Recipient 60
ls -l "$out"/sendmail-bounce-*.eml "$replies"/ehlo-sendmail.txt
