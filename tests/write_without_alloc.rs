//! Writing a reply through `OutgoingReply` into a `fmt::Write` allocates
//! nothing: the path a `no_std` server without an allocator takes. A
//! counting allocator holds it to that (this binary has one test, so no
//! other test allocates meanwhile).

use smtp_status::{OutgoingReply, ReplyCode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A `fmt::Write` over a fixed array, as a `no_std` server would have.
struct Fixed {
    bytes: [u8; 2048],
    len: usize,
}

impl Write for Fixed {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.bytes
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn writing_a_reply_allocates_nothing() {
    let code = ReplyCode::new(550).unwrap();
    let enhanced = "5.1.1".parse().ok();
    let long = "word ".repeat(150);
    let mut out = Fixed {
        bytes: [0; 2048],
        len: 0,
    };
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let one = OutgoingReply::new(code, enhanced, "No such user").unwrap();
    write!(out, "{one}").unwrap();
    let three = OutgoingReply::new(code, enhanced, "No such user\nTry postmaster\nBye").unwrap();
    write!(out, "{three}").unwrap();
    let split = OutgoingReply::new(code, enhanced, &long).unwrap();
    write!(out, "{split}").unwrap();
    let after = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!(after - before, 0, "allocations while writing");
    let written = std::str::from_utf8(&out.bytes[..out.len]).unwrap();
    assert!(written.starts_with("550 5.1.1 No such user\r\n550-5.1.1 No such user\r\n"));
    assert_eq!(written.matches("\r\n").count(), 1 + 3 + 2);
}
