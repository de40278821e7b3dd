"""Writes a live server's reply to EHLO, byte for byte, to OUT.

    python3 scripts/capture-ehlo.py HOST PORT OUT
"""
import socket, sys

def reply(stream):
    """One reply's bytes: lines up to one whose fourth byte is a space."""
    wire = b""
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("capture-ehlo: the server closed the connection")
        wire += line
        if line[3:4] != b"-":
            return wire

host, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
conn = socket.create_connection((host, port), timeout=10)
stream = conn.makefile("rb")
reply(stream)
conn.sendall(b"EHLO client.example\r\n")
with open(out, "wb") as f:
    f.write(reply(stream))
conn.sendall(b"QUIT\r\n")
