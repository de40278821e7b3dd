"""A small SMTP server that takes every message and writes each, as
received, to DIR/1.eml, DIR/2.eml, ...: where the MTA scripts catch the
bounces an MTA sends.

    python3 scripts/catcher.py DIR PORT
"""
import socket, sys, threading

def serve(conn, count=[0]):
    lines = conn.makefile("rb")
    say = lambda text: conn.sendall(text.encode() + b"\r\n")
    say("220 catcher.test ESMTP")
    for line in lines:
        command = line.strip().upper()
        if command == b"DATA":
            say("354 go ahead")
            data = []
            for line in lines:
                if line in (b".\r\n", b".\n"):
                    break
                data.append(line[1:] if line.startswith(b"..") else line)
            count[0] += 1
            with open("%s/%d.eml" % (sys.argv[1], count[0]), "wb") as f:
                f.write(b"".join(data))
            say("250 2.0.0 caught")
        elif command == b"QUIT":
            say("221 bye")
            break
        else:
            say("250 2.0.0 ok")
    conn.close()

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[2])))
server.listen()
while True:
    threading.Thread(target=serve, args=(server.accept()[0],), daemon=True).start()
