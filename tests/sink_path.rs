//! The sink's reading of MAIL and RCPT arguments (RFC 5321 §4.1.2).

#[allow(dead_code)]
#[path = "../examples/sink_path.rs"]
mod sink_path;

use sink_path::{parse_path, PathArgument, PathError};

#[test]
fn paths_in_the_grammar() {
    let read = |argument, keyword| parse_path(argument, keyword);
    assert_eq!(
        read("FROM:<alice@client.test>", "FROM"),
        Ok(PathArgument {
            mailbox: "alice@client.test",
            parameters: ""
        })
    );
    assert_eq!(
        read("from: <alice@client.test> SIZE=100 BODY=8BITMIME", "FROM"),
        Ok(PathArgument {
            mailbox: "alice@client.test",
            parameters: "SIZE=100 BODY=8BITMIME"
        })
    );
    assert_eq!(read("FROM:<>", "FROM").map(|path| path.mailbox), Ok(""));
    assert_eq!(
        read("TO:<Postmaster>", "TO").map(|path| path.mailbox),
        Ok("Postmaster")
    );
    assert_eq!(
        read("TO:<@relay.example:bob@example.com>", "TO").map(|path| path.mailbox),
        Ok("bob@example.com")
    );
    assert_eq!(
        read("TO:<\"bob smith\"@example.com>", "TO").map(|path| path.mailbox),
        Ok("\"bob smith\"@example.com")
    );
    assert_eq!(
        read("TO:<bob@[192.0.2.1]>", "TO").map(|path| path.mailbox),
        Ok("bob@[192.0.2.1]")
    );
    assert_eq!(
        read("TO:<bob@[IPv6:2001:db8::1]>", "TO").map(|path| path.mailbox),
        Ok("bob@[IPv6:2001:db8::1]")
    );
}

#[test]
fn what_the_grammar_refuses() {
    let read = |argument| parse_path(argument, "TO");
    assert_eq!(read("TO:nobody@sink.test"), Err(PathError::NoBrackets));
    assert_eq!(read("TO:<nobody@sink.test"), Err(PathError::NoBrackets));
    assert_eq!(read("<nobody@sink.test>"), Err(PathError::NoKeyword));
    assert_eq!(read("TOO:<a@b.example>"), Err(PathError::NoKeyword));
    assert_eq!(
        read("TO:<>"),
        Err(PathError::BadMailbox),
        "a null path is MAIL's only"
    );
    assert_eq!(
        read("TO:<bob smith@example.com>"),
        Err(PathError::BadMailbox)
    );
    assert_eq!(read("TO:<bob@exa mple.com>"), Err(PathError::BadMailbox));
    assert_eq!(read("TO:<bob@-example.com>"), Err(PathError::BadMailbox));
    assert_eq!(read("TO:<bob..x@example.com>"), Err(PathError::BadMailbox));
    assert_eq!(read("TO:<bob@example.com>x"), Err(PathError::BadMailbox));
    assert_eq!(read("TO:<bob@[999.1.1.1]>"), Err(PathError::BadMailbox));
    assert_eq!(read("TO:<nobody@sink.test>>"), Err(PathError::BadMailbox));
}
