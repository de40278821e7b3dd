"""Sends the two messages the MTA scripts relay to the sink through the
MTA on PORT: one to a recipient the sink refuses as unknown (550 5.1.1),
one to a recipient it greylists (451 4.7.1) until the MTA gives up.

    python3 scripts/relay-two.py PORT NAME   # NAME: the MTA, for the Subject
"""
import smtplib, sys
from email.message import EmailMessage

port, name = int(sys.argv[1]), sys.argv[2]
for rcpt, what in [("nobody@sink.test", "an unknown user"), ("later@sink.test", "a greylisted user")]:
    message = EmailMessage()
    message["From"] = "sender@local.test"
    message["To"] = rcpt
    message["Subject"] = f"{name} test to {what}"
    message.set_content(f"A message from the smtp-status tests, relayed by {name}.\n")
    with smtplib.SMTP("127.0.0.1", port) as client:
        client.send_message(message, from_addr="sender@local.test", to_addrs=[rcpt])
