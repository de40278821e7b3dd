#!/usr/bin/env bash
# A private Postfix for the probe and its test: it listens on 127.0.0.1 only,
# on a high port, delivers locally, rejects unknown local recipients, and has
# a small message size limit. Mail for the domain sink.test it relays to the
# sink example on 127.0.0.1:2526 (SMTP_STATUS_SINK_PORT), which the relay
# test starts; a message that stays deferred there expires within seconds,
# so that its bounce can be read too. Mail for any other domain it refuses
# to relay (554 5.7.1), as to a client outside its networks.
#
#   scripts/postfix.sh start   # installs Postfix if needed (as root), starts it
#   scripts/postfix.sh stop    # stops the instance that `start` started
#   scripts/postfix.sh status
#
# SMTP_STATUS_POSTFIX_PORT (default 2525) and SMTP_STATUS_POSTFIX_DIR (default
# /tmp/smtp-status-postfix) choose the port and where its configuration,
# queue and log live. The system's own Postfix instance is never started.
set -euo pipefail

port=${SMTP_STATUS_POSTFIX_PORT:-2525}
sink_port=${SMTP_STATUS_SINK_PORT:-2526}
base=${SMTP_STATUS_POSTFIX_DIR:-/tmp/smtp-status-postfix}
conf=$base/etc

install_postfix() {
    if command -v postfix >/dev/null 2>&1 && [ -f /etc/postfix/main.cf ]; then
        return
    fi
    [ "$(id -u)" = 0 ] || { echo "postfix.sh: installing Postfix needs root" >&2; exit 1; }
    echo "postfix.sh: installing Postfix from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    debconf-set-selections <<<"postfix postfix/main_mailer_type select Local only"
    debconf-set-selections <<<"postfix postfix/mailname string localhost"
    # Keep the package from starting the system instance: only ours runs.
    local created_policy=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        created_policy=yes
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postfix >/dev/null
    [ "$created_policy" = yes ] && rm -f /usr/sbin/policy-rc.d
    return 0
}

configure() {
    mkdir -p "$conf" "$base/spool" "$base/data"
    cp /etc/postfix/master.cf "$conf/master.cf"
    cat >"$conf/main.cf" <<CONF
compatibility_level = 3.6
myhostname = probe.localhost
mydomain = localhost
myorigin = localhost
mydestination = localhost, probe.localhost
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.2/32
relay_domains = sink.test
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
relayhost =
queue_directory = $base/spool
data_directory = $base/data
mail_owner = postfix
setgid_group = postdrop
alias_maps =
alias_database =
local_recipient_maps = unix:passwd.byname
message_size_limit = 10240
smtpd_banner = \$myhostname ESMTP Postfix
smtputf8_enable = yes
biff = no
maillog_file = $base/postfix.log
maillog_file_prefixes = $base
transport_maps = inline:{sink.test=smtp:[127.0.0.1]:$sink_port}
smtp_tls_security_level = none
minimal_backoff_time = 2s
maximal_backoff_time = 4s
queue_run_delay = 2s
maximal_queue_lifetime = 8s
bounce_queue_lifetime = 8s
CONF
    # Our listener instead of the system's port 25, unchrooted (the queue
    # directory is ours, not the chroot the package sets up).
    postconf -c "$conf" -M -X smtp/inet
    postconf -c "$conf" -M "127.0.0.1:$port/inet=127.0.0.1:$port inet n - n - - smtpd"
    # Postfix runs another configuration only when the default one names it.
    local dirs
    dirs=$(postconf -h alternate_config_directories)
    case " $dirs " in
        *" $conf "*) ;;
        *) postconf -e "alternate_config_directories = ${dirs:+$dirs }$conf" ;;
    esac
    postfix -c "$conf" set-permissions >/dev/null 2>&1 || true
    postfix -c "$conf" check
}

wait_for_port() {
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.2
    done
    echo "postfix.sh: Postfix did not start listening on 127.0.0.1:$port; see $base/postfix.log" >&2
    return 1
}

case "${1:-}" in
    start)
        install_postfix
        configure
        if postfix -c "$conf" status >/dev/null 2>&1; then
            postfix -c "$conf" reload >/dev/null 2>&1
        else
            postfix -c "$conf" start >/dev/null 2>&1
        fi
        wait_for_port
        echo "postfix.sh: Postfix listens on 127.0.0.1:$port (config $conf)"
        ;;
    stop)
        if [ -f "$conf/main.cf" ] && postfix -c "$conf" status >/dev/null 2>&1; then
            postfix -c "$conf" stop >/dev/null 2>&1
            echo "postfix.sh: stopped the Postfix on 127.0.0.1:$port"
        else
            echo "postfix.sh: no Postfix of ours is running"
        fi
        ;;
    status)
        postfix -c "$conf" status
        ;;
    *)
        echo "usage: $0 start|stop|status" >&2
        exit 2
        ;;
esac
