#!/usr/bin/env bash
# Makes the Exim files the tests keep: its two bounces
# (tests/fixtures/exim-bounce-*.eml) and its reply to EHLO
# (tests/replies/ehlo-exim.txt: SIZE, DSN, STARTTLS with a throwaway
# certificate, AUTH from two authenticators that let no one in). A private
# Exim 4.96, from Debian's package unpacked into a scratch folder (not
# installed, so the machine's Postfix stays), relays two messages to
# the sink example, which refuses one recipient as unknown (550 5.1.1) and
# greylists the other (451 4.7.1) until Exim's retry time runs out; Exim's
# two bounces are caught by scripts/catcher.py and written to OUT.
#
#   scripts/exim-bounces.sh [OUT [REPLIES]]   # as root; by default
#                                             # tests/fixtures, tests/replies
#
# Exim re-executes itself from the path it was built with, /usr/sbin/exim4,
# and runs as the user Debian-exim: the script puts a wrapper there that
# runs the unpacked Exim with its libraries (only if no Exim is installed
# there, and removes it after) and creates the user if missing. Ports: 2526
# (sink), 2527 (Exim), 2528 (catcher).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath "${1:-tests/fixtures}")
replies=$(realpath "${2:-tests/replies}")
[ "$(id -u)" = 0 ] || { echo "exim-bounces.sh: needs root" >&2; exit 1; }
work=$(mktemp -d /tmp/smtp-status-exim.XXXXXX)
mkdir -p "$work"/{spool,log,caught}
chmod -R 777 "$work"

(cd "$work" && apt-get download -qq exim4-daemon-light libidn12 2>/dev/null)
for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/root"; done
# Not set-uid: the loader would ignore LD_LIBRARY_PATH, and all it does
# here needs no privilege back.
chmod u-s "$work/root/usr/sbin/exim4"
id Debian-exim >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin Debian-exim
linked=no
if [ ! -e /usr/sbin/exim4 ]; then
    printf '#!/bin/sh\nexport LD_LIBRARY_PATH=%s\nexec %s "$@"\n' \
        "$work/root/usr/lib/x86_64-linux-gnu" "$work/root/usr/sbin/exim4" >/usr/sbin/exim4
    chmod +x /usr/sbin/exim4
    linked=yes
fi

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=exim.test \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
chmod 644 "$work/key.pem"
cat >"$work/exim.conf" <<CONF
primary_hostname = exim.test
qualify_domain = local.test
spool_directory = $work/spool
log_file_path = $work/log/%slog
daemon_smtp_ports = 2527
local_interfaces = 127.0.0.1
keep_environment =
acl_smtp_rcpt = acl_check_rcpt
exim_user = Debian-exim
exim_group = nogroup
message_size_limit = 10M
tls_certificate = $work/cert.pem
tls_privatekey = $work/key.pem
tls_advertise_hosts = *
dsn_advertise_hosts = *

begin acl
acl_check_rcpt:
  accept hosts = 127.0.0.1
  deny

begin routers
sink:
  driver = manualroute
  domains = sink.test
  transport = to_sink
  route_list = * 127.0.0.1
  self = send
catcher:
  driver = manualroute
  domains = local.test
  transport = to_catcher
  route_list = * 127.0.0.1
  self = send

begin transports
to_sink:
  driver = smtp
  port = 2526
to_catcher:
  driver = smtp
  port = 2528

begin authenticators
plain:
  driver = plaintext
  public_name = PLAIN
  server_prompts = :
  server_condition = false
login:
  driver = plaintext
  public_name = LOGIN
  server_prompts = Username:: : Password::
  server_condition = false

begin retry
# Deferred mail is given up four seconds after it came.
* * F,4s,2s
CONF


cargo build -q --example sink
pids=()
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    [ "$linked" = no ] || rm -f /usr/sbin/exim4
}
trap cleanup EXIT
target/debug/examples/sink 127.0.0.1:2526 --unknown nobody@sink.test --greylist later@sink.test 2>"$work/sink.log" &
pids+=($!)
python3 scripts/catcher.py "$work/caught" 2528 &
pids+=($!)
/usr/sbin/exim4 -C "$work/exim.conf" -bdf -q1s 2>"$work/exim.err" &
pids+=($!)
sleep 1

python3 scripts/capture-ehlo.py 127.0.0.1 2527 "$replies/ehlo-exim.txt"
python3 scripts/relay-two.py 2527 Exim

python3 scripts/keep-bounces.py "$work/caught" "$out" exim X-Failed-Recipients 30
ls -l "$out"/exim-bounce-*.eml "$replies"/ehlo-exim.txt
