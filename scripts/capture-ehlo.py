"""Writes a live server's reply to EHLO, byte for byte, to OUT; with
TLS_OUT, also its reply to EHLO once STARTTLS has made the connection
TLS (the certificate is not checked: the servers here use throwaway ones).

    python3 scripts/capture-ehlo.py HOST PORT OUT [TLS_OUT]
"""
import socket, ssl, sys

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
tls_out = sys.argv[4] if len(sys.argv) > 4 else None
conn = socket.create_connection((host, port), timeout=10)
stream = conn.makefile("rb")
reply(stream)
conn.sendall(b"EHLO client.example\r\n")
with open(out, "wb") as f:
    f.write(reply(stream))
if tls_out:
    conn.sendall(b"STARTTLS\r\n")
    ready = reply(stream)
    if not ready.startswith(b"220"):
        raise SystemExit(f"capture-ehlo: STARTTLS refused: {ready!r}")
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    conn = context.wrap_socket(conn, server_hostname=host)
    stream = conn.makefile("rb")
    conn.sendall(b"EHLO client.example\r\n")
    with open(tls_out, "wb") as f:
        f.write(reply(stream))
conn.sendall(b"QUIT\r\n")
