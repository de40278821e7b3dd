#!/usr/bin/env bash
# Makes the Courier files the tests keep: its two bounces
# (tests/fixtures/courier-bounce-*.eml) and its reply to EHLO
# (tests/replies/ehlo-courier.txt). The Courier mail server 1.0, from
# Debian's courier-mta, relays two messages to the sink example, which
# refuses one recipient as unknown (550 5.1.1) and greylists the other
# (451 4.7.1) until the queue time runs out; the bounces go to the
# sender's domain, local.test, routed to scripts/catcher.py.
#
#   scripts/courier-bounces.sh [OUT [REPLIES]]   # as root; by default
#                                                # tests/fixtures, tests/replies
#
# Courier reads its configuration, queue and helpers from the paths it was
# built with (/etc/courier, /var/spool/courier, /usr/lib/courier), so it
# cannot run from an unpacked folder as the other MTA scripts' servers do:
# the package is installed for the run (its services kept from starting)
# and purged after. It replaces any other MTA package, so the script
# stops where one is installed. Ports: 2526 (sink), 2528 (catcher), 2530
# (Courier).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath "${1:-tests/fixtures}")
replies=$(realpath "${2:-tests/replies}")
[ "$(id -u)" = 0 ] || { echo "courier-bounces.sh: needs root" >&2; exit 1; }
for mta in postfix exim4-daemon-light exim4-daemon-heavy opensmtpd sendmail-bin; do
    if dpkg -s "$mta" >/dev/null 2>&1; then
        echo "courier-bounces.sh: $mta is installed; courier-mta would replace it" >&2
        exit 1
    fi
done
work=$(mktemp -d /tmp/smtp-status-courier.XXXXXX)
mkdir -p "$work/caught"

export DEBIAN_FRONTEND=noninteractive
created_policy=no
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    created_policy=yes
fi
installed=no
dpkg -s courier-mta >/dev/null 2>&1 || {
    apt-get install -y -qq courier-mta >"$work/apt.log" 2>&1
    installed=yes
}

pids=()
cleanup() {
    /usr/lib/courier/esmtpd stop 2>/dev/null || true
    courier stop 2>/dev/null || true
    kill "${pids[@]}" 2>/dev/null || true
    if [ "$installed" = yes ]; then
        apt-get purge -y -qq 'courier-*' >/dev/null 2>&1 || true
        apt-get autoremove -y -qq >/dev/null 2>&1 || true
    fi
    [ "$created_policy" = yes ] && rm -f /usr/sbin/policy-rc.d
    rm -rf "$work"
}
trap cleanup EXIT

# Routes: the sink's domain and the sender's, each to its port. The queue
# gives up twenty seconds after a message came, retrying every five.
printf 'sink.test: [127.0.0.1],2526\nlocal.test: [127.0.0.1],2528\n' >/etc/courier/esmtproutes
echo courier.test >/etc/courier/me
echo 20s >/etc/courier/queuetime
echo 5s >/etc/courier/retryalpha
echo 3 >/etc/courier/retrybeta
echo 5s >/etc/courier/retrygamma
echo 1 >/etc/courier/retrymaxdelta
# The SMTP server on 127.0.0.1:2530; local.test has no DNS to check.
sed -i 's/^PORT=.*/PORT=2530/; s/^ADDRESS=.*//; s/^BOFHCHECKDNS=.*/BOFHCHECKDNS=0/' /etc/courier/esmtpd
echo 'ADDRESS=127.0.0.1' >>/etc/courier/esmtpd
/usr/lib/courier/makesmtpaccess
makealiases

cargo build -q --example sink
target/debug/examples/sink 127.0.0.1:2526 --unknown nobody@sink.test --greylist later@sink.test 2>"$work/sink.log" &
pids+=($!)
python3 scripts/catcher.py "$work/caught" 2528 &
pids+=($!)
courier start
/usr/lib/courier/esmtpd start
sleep 2

python3 scripts/capture-ehlo.py 127.0.0.1 2530 "$replies/ehlo-courier.txt"
python3 scripts/relay-two.py 2530 Courier

python3 scripts/keep-bounces.py "$work/caught" "$out" courier Final-Recipient 60
ls -l "$out"/courier-bounce-*.eml "$replies"/ehlo-courier.txt
