//! `ReplyCodec` over real `tokio::net::TcpStream`s: reading the private
//! Postfix's replies (pipelined ones included), and a tokio server sending
//! `ReplyBuf`s that a tokio client reads back.
//!
//! The Postfix test needs the Postfix of `scripts/postfix.sh start`, as
//! `tests/postfix.rs` does.

use futures_util::{SinkExt, StreamExt};
use smtp_status::{ReadReplyError, ReplyBuf, ReplyCodec, SmtpStatusCode};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{FramedRead, FramedWrite};

/// The code and enhanced code of the next reply, as text.
async fn next<R>(replies: &mut FramedRead<R, ReplyCodec>) -> (u16, Option<String>, ReplyBuf)
where
    R: tokio::io::AsyncRead + Unpin,
{
    let reply = replies
        .next()
        .await
        .expect("a reply")
        .expect("a valid reply");
    let enhanced = reply.enhanced().map(|code| code.to_string());
    (reply.code().as_u16(), enhanced, reply)
}

#[tokio::test]
async fn replies_of_postfix_through_the_codec() {
    let stream = TcpStream::connect("127.0.0.1:2525")
        .await
        .expect("the Postfix of `scripts/postfix.sh start` on 127.0.0.1:2525");
    let (read, mut write) = stream.into_split();
    let mut replies = FramedRead::new(read, ReplyCodec::new());

    let (code, _, greeting) = next(&mut replies).await;
    assert_eq!(code, 220);
    assert_eq!(greeting.code().known(), Some(SmtpStatusCode::ServiceReady));

    write.write_all(b"EHLO tokio.localhost\r\n").await.unwrap();
    let (code, _, ehlo) = next(&mut replies).await;
    assert_eq!(code, 250);
    let extensions: Vec<&[u8]> = ehlo.as_reply().lines().collect();
    assert!(
        extensions.contains(&&b"ENHANCEDSTATUSCODES"[..]),
        "{ehlo:?}"
    );

    // Pipelined: three commands in one write, three replies in order.
    write
        .write_all(b"MAIL FROM:<probe@localhost>\r\nRCPT TO:<nosuchuser@localhost>\r\nRCPT TO:<root@localhost>\r\n")
        .await
        .unwrap();
    let mut got = Vec::new();
    for _ in 0..3 {
        let (code, enhanced, _) = next(&mut replies).await;
        got.push((code, enhanced));
    }
    assert_eq!(
        got,
        [
            (250, Some("2.1.0".to_owned())),
            (550, Some("5.1.1".to_owned())),
            (250, Some("2.1.5".to_owned())),
        ]
    );

    write.write_all(b"QUIT\r\n").await.unwrap();
    let (code, enhanced, _) = next(&mut replies).await;
    assert_eq!((code, enhanced.as_deref()), (221, Some("2.0.0")));
    // Postfix closes the connection after QUIT: the stream ends cleanly.
    assert!(replies.next().await.is_none());
}

#[tokio::test]
async fn a_tokio_server_sends_reply_bufs() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (stream, _) = listener.accept().await.unwrap();
        let mut replies = FramedWrite::new(stream, ReplyCodec::new());
        let greeting = ReplyBuf::with_code(SmtpStatusCode::ServiceReady, None, "ready").unwrap();
        let refused = ReplyBuf::with_code(
            SmtpStatusCode::MailboxUnavailable,
            "5.7.1".parse().ok(),
            "Relaying denied\nSee the policy",
        )
        .unwrap();
        replies.send(&greeting).await.unwrap();
        replies.send(&refused).await.unwrap();
        // A reply cut short: the client must see it as such.
        replies.get_mut().write_all(b"421-going").await.unwrap();
    });

    let stream = TcpStream::connect(address).await.unwrap();
    let mut replies = FramedRead::new(stream, ReplyCodec::new());
    let (code, _, _) = next(&mut replies).await;
    assert_eq!(code, 220);
    let (code, enhanced, refused) = next(&mut replies).await;
    assert_eq!((code, enhanced.as_deref()), (550, Some("5.7.1")));
    assert_eq!(refused.as_reply().line_count(), 2);
    server.await.unwrap();
    let end = replies.next().await.expect("the cut reply").unwrap_err();
    assert!(
        matches!(end, ReadReplyError::Truncated { received: 9 }),
        "{end:?}"
    );
}
