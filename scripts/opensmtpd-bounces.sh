#!/usr/bin/env bash
# Makes the OpenSMTPD files the tests keep: its two bounces
# (tests/fixtures/opensmtpd-bounce-*.eml) and its reply to EHLO
# (tests/replies/ehlo-opensmtpd.txt, and ehlo-opensmtpd-tls.txt after
# STARTTLS, with a throwaway certificate). A private OpenSMTPD 6.8, from
# Debian 11's package unpacked into a scratch folder (not installed):
# Debian 12's build of the same version links OpenSSL 3, under which its
# TLS handshake fails ("EVP lib", OpenSMTPD issue #1171), so the one built
# for OpenSSL 1.1 runs, with Debian 11's libssl1.1 beside it. It
# relays two messages to the sink example, which refuses one recipient as
# unknown (550 5.1.1) and greylists the other (451 4.7.1) until the queue's
# time to live runs out; the bounces are caught by scripts/catcher.py.
#
#   scripts/opensmtpd-bounces.sh [OUT [REPLIES]]   # as root; by default
#                                                  # tests/fixtures, tests/replies
#
# OpenSMTPD runs its parts as the users opensmtpd and opensmtpq, keeps its
# queue in /var/spool/smtpd and chroots into /var/lib/opensmtpd/empty (the
# paths it was built with): the script creates what is missing and removes
# the folders it created. Ports: 2526 (sink), 2528 (catcher), 2529
# (OpenSMTPD).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath "${1:-tests/fixtures}")
replies=$(realpath "${2:-tests/replies}")
[ "$(id -u)" = 0 ] || { echo "opensmtpd-bounces.sh: needs root" >&2; exit 1; }
work=$(mktemp -d /tmp/smtp-status-opensmtpd.XXXXXX)
mkdir -p "$work/caught"

# Debian 11's packages, through an apt of the script's own (the system's
# sources are left alone).
mkdir -p "$work/apt/lists" "$work/apt/cache"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bullseye main" \
    >"$work/apt/sources.list"
bullseye=(-o Dir::Etc::SourceList="$work/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$work/apt/lists" -o Dir::Cache="$work/apt/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
apt-get "${bullseye[@]}" update -qq
(cd "$work" && apt-get "${bullseye[@]}" download -qq opensmtpd libssl1.1 && apt-get -o APT::Sandbox::User=root download -qq libevent-2.1-7)
for deb in "$work"/*.deb; do dpkg -x "$deb" "$work/root"; done
for user in opensmtpd opensmtpq; do
    id "$user" >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin "$user"
done
made=()
for dir in /var/spool/smtpd /var/lib/opensmtpd/empty; do
    [ -e "$dir" ] || { mkdir -p "$dir"; made+=("$dir"); }
done
chmod 711 /var/spool/smtpd

# RSA: OpenSMTPD 6.8's privilege-separated signing of ECDSA keys fails
# under TLS 1.3 (OpenSMTPD issue #1050).
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=opensmtpd.test \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
chmod 600 "$work/key.pem"
# AUTH is offered once TLS is on; a table of one user, whom no test logs
# in as, makes OpenSMTPD offer it.
echo 'user $6$unused$unused' >"$work/users"
chmod 600 "$work/users"
cat >"$work/smtpd.conf" <<CONF
pki opensmtpd.test cert "$work/cert.pem"
pki opensmtpd.test key "$work/key.pem"
# Deferred mail is given up six seconds after it came.
queue ttl 6s
smtp max-message-size 10M
table users file:$work/users
listen on 127.0.0.1 port 2529 hostname opensmtpd.test tls pki opensmtpd.test auth-optional <users>
action "to_sink" relay host smtp://127.0.0.1:2526
action "to_catcher" relay host smtp://127.0.0.1:2528
match from any for domain "sink.test" action "to_sink"
match from any for domain "local.test" action "to_catcher"
match from local for any action "to_catcher"
CONF

cargo build -q --example sink
pids=()
cleanup() {
    kill "${pids[@]}" 2>/dev/null || true
    sleep 1
    rm -rf "${made[@]}" /var/run/smtpd.sock
}
trap cleanup EXIT
target/debug/examples/sink 127.0.0.1:2526 --unknown nobody@sink.test --greylist later@sink.test 2>"$work/sink.log" &
pids+=($!)
python3 scripts/catcher.py "$work/caught" 2528 &
pids+=($!)
LD_LIBRARY_PATH="$work/root/usr/lib/x86_64-linux-gnu" \
    "$work/root/usr/sbin/smtpd" -d -f "$work/smtpd.conf" >"$work/smtpd.log" 2>&1 &
pids+=($!)
sleep 2

python3 scripts/capture-ehlo.py 127.0.0.1 2529 "$replies/ehlo-opensmtpd.txt" "$replies/ehlo-opensmtpd-tls.txt"
python3 scripts/relay-two.py 2529 OpenSMTPD

python3 scripts/keep-bounces.py "$work/caught" "$out" opensmtpd Final-Recipient 40
ls -l "$out"/opensmtpd-bounce-*.eml "$replies"/ehlo-opensmtpd*.txt
