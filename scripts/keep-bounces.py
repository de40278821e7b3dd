"""Waits up to SECONDS for the two bounces of scripts/relay-two.py to
reach CAUGHT (scripts/catcher.py's folder, or a local mailer's), then
keeps each in OUT as MTA-bounce-user-unknown.eml or MTA-bounce-expired.eml,
told apart by the recipient its first FIELD line names. The refusal
bounces at once; the greylisted message when the MTA gives up.

    python3 scripts/keep-bounces.py CAUGHT OUT MTA FIELD SECONDS
"""
import os, shutil, sys, time

caught, out, mta, field, seconds = sys.argv[1:6]
deadline = time.monotonic() + int(seconds)
while len(os.listdir(caught)) < 2 and time.monotonic() < deadline:
    time.sleep(1)
kept = {"nobody@sink.test": "user-unknown", "later@sink.test": "expired"}
for name in sorted(os.listdir(caught)):
    path = os.path.join(caught, name)
    with open(path, "rb") as f:
        line = next((line for line in f if line.lower().startswith(field.lower().encode() + b":")), b"")
    for recipient, kind in kept.items():
        if recipient.encode() in line:
            shutil.copy(path, os.path.join(out, f"{mta}-bounce-{kind}.eml"))
