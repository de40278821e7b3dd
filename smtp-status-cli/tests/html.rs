//! `smtp-status bounces --html FILE`: the report's page, and what headless
//! Chromium (Debian's, which scripts/test.sh installs) renders of it: a
//! screenshot with the chart's bars in it.

use std::path::Path;
use std::process::Command;

/// Counts the pixels of the bars' colour (#c0392b) in a PNG screenshot,
/// decoded by Python's zlib (8-bit RGB or RGBA, any filter).
const COUNT_BAR_PIXELS: &str = r#"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
pos, idat, width, height, kind = 8, b"", 0, 0, 0
while pos < len(data):
    length, tag = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if tag == b"IHDR":
        width, height, depth, kind = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and kind in (2, 6)
    elif tag == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
step = 3 if kind == 2 else 4
stride = width * step
rows, previous, count = [], bytearray(stride), 0
for y in range(height):
    line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
    kind_of, row = line[0], bytearray(line[1:])
    for x in range(stride):
        a = row[x - step] if x >= step else 0
        b = previous[x]
        c = previous[x - step] if x >= step else 0
        if kind_of == 1: row[x] = (row[x] + a) & 255
        elif kind_of == 2: row[x] = (row[x] + b) & 255
        elif kind_of == 3: row[x] = (row[x] + (a + b) // 2) & 255
        elif kind_of == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[x] = (row[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, step):
        if abs(row[x] - 0xc0) < 8 and abs(row[x + 1] - 0x39) < 8 and abs(row[x + 2] - 0x2b) < 8:
            count += 1
    previous = row
print(count)
"#;

#[test]
fn a_report_with_a_chart_that_renders() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.html");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
    let output = Command::new(env!("CARGO_BIN_EXE_smtp-status"))
        .args(["bounces", "--html", report.to_str().unwrap(), fixtures])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("wrote "),
        "{output:?}"
    );
    let page = std::fs::read_to_string(&report).unwrap();
    assert!(
        page.contains("<p>10 messages, 10 recipients.</p>"),
        "{page}"
    );
    assert_eq!(
        page.matches("<rect").count(),
        3,
        "userunknown, blocked, expired: {page}"
    );
    assert!(
        page.contains("<h3>sink.test</h3>") && page.contains("To drop: nobody@sink.test"),
        "{page}"
    );
    assert!(!page.contains("http"), "nothing to fetch");

    let screenshot = dir.join("report.png");
    let profile = dir.join("chromium-profile");
    let chromium = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1000,700",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", screenshot.display()))
        .arg(format!("file://{}", report.display()))
        .output()
        .expect("Debian's chromium (scripts/test.sh installs it)");
    assert!(screenshot.exists(), "{chromium:?}");
    let counted = Command::new("python3")
        .args(["-c", COUNT_BAR_PIXELS, screenshot.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(counted.status.success(), "{counted:?}");
    let bar_pixels: usize = String::from_utf8_lossy(&counted.stdout)
        .trim()
        .parse()
        .unwrap();
    // Three bars, the largest 600 pixels wide and 22 high: thousands of
    // pixels of the bars' colour where the chart rendered, none where not.
    assert!(
        bar_pixels > 5_000,
        "{bar_pixels} pixels of the bars' colour"
    );
}
