//! The server over real HTTP, each test on a free port of its own, against a small build
//! written here. Requests are written by hand so that a path reaches the server exactly as
//! given (an HTTP client would tidy `/../` away before sending it).

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::time::Duration;

use super::*;

const CSP: &str = "default-src 'self'";

/// A small build in a folder of its own, beside a `Cargo.toml` it must never serve; without
/// `404.html` when `with_404` is false.
fn build(name: &str, with_404: bool) -> PathBuf {
    let top = std::env::temp_dir().join(format!("xtask-serve-dist-{}-{name}", std::process::id()));
    let dist = top.join("dist");
    let headers =
        format!("# comment\n/*\n  Content-Security-Policy: {CSP}\n  X-Frame-Options: x\n/share/*\n  X-Only-Share: 1\n");
    let mut files = vec![
        ("index.html", "app shell".to_owned()),
        ("points/7/index.html", "point 7".to_owned()),
        ("app_bg.wasm", "wasm".to_owned()),
        ("app.js", "js".to_owned()),
        ("manifest.webmanifest", "manifest".to_owned()),
        ("favicon.svg", "svg".to_owned()),
        ("icons/icon-192.png", "png".to_owned()),
        ("oembed/points-7.json", "json".to_owned()),
        ("feed.xml", "feed".to_owned()),
        ("data/points.csv", "csv".to_owned()),
        ("_headers", headers),
    ];
    if with_404 {
        files.push(("404.html", "not found page".to_owned()));
        files.push(("ar/404.html", "Arabic not found page".to_owned()));
    }
    for (path, text) in files {
        let path = dist.join(path);
        fs_err::create_dir_all(path.parent().expect("a folder")).expect("folder written");
        fs_err::write(path, text).expect("file written");
    }
    fs_err::write(top.join("Cargo.toml"), "secret").expect("file written");
    dist
}

struct Reply {
    status: u16,
    /// Names in lower case.
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, value)| value.as_str())
    }
}

fn get(port: u16, target: &str) -> Reply {
    request(port, "GET", target)
}

fn request(port: u16, method: &str, target: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server is listening");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout set");
    write!(stream, "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").expect("sent");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("a reply");
    let raw = String::from_utf8(raw).expect("a text reply");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.lines();
    let status = lines.next().and_then(|line| line.split(' ').nth(1)?.parse().ok()).expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Reply { status, headers, body: body.to_owned() }
}

#[test]
fn files_are_served_by_path_with_their_content_type() {
    let port = spawn(&build("files", true), 0).expect("serving");
    let cases = [
        ("/app_bg.wasm", "application/wasm", "wasm"),
        ("/app.js", "text/javascript; charset=utf-8", "js"),
        ("/manifest.webmanifest", "application/manifest+json", "manifest"),
        ("/favicon.svg", "image/svg+xml", "svg"),
        ("/icons/icon-192.png", "image/png", "png"),
        ("/oembed/points-7.json", "application/json", "json"),
        ("/feed.xml", "application/atom+xml; charset=utf-8", "feed"),
        ("/data/points.csv", "text/csv; charset=utf-8", "csv"),
        ("/index.html?theme=dark", "text/html; charset=utf-8", "app shell"),
    ];
    for (path, content_type, body) in cases {
        let reply = get(port, path);
        assert_eq!(
            (reply.status, reply.header("content-type"), &*reply.body),
            (200, Some(content_type), body),
            "{path}"
        );
        assert_eq!(reply.header("content-length"), Some(&*body.len().to_string()), "{path}: sized, not chunked");
    }
    let head = request(port, "HEAD", "/app.js");
    assert_eq!((head.status, &*head.body), (200, ""), "HEAD: no body");
}

#[test]
fn a_folder_is_its_index_html() {
    let port = spawn(&build("folders", true), 0).expect("serving");
    for path in ["/points/7", "/points/7/", "/points/7?step=2"] {
        let reply = get(port, path);
        assert_eq!((reply.status, &*reply.body), (200, "point 7"), "{path}");
        assert_eq!(reply.header("content-type"), Some("text/html; charset=utf-8"), "{path}");
    }
    assert_eq!(get(port, "/").body, "app shell");
}

#[test]
fn an_unknown_route_is_the_404_page_or_without_one_the_app_shell() {
    let port = spawn(&build("unknown", true), 0).expect("serving");
    let reply = get(port, "/points/21");
    assert_eq!((reply.status, &*reply.body), (404, "not found page"));
    assert_eq!(reply.header("content-type"), Some("text/html; charset=utf-8"));
    // Below an edition's folder, that edition's page: the nearest 404.html above the path.
    let reply = get(port, "/ar/points/21");
    assert_eq!((reply.status, &*reply.body), (404, "Arabic not found page"));
    assert_eq!(get(port, "/arabic/points").body, "not found page");
    // A missing file is not a route: no page, as hosts answer a missing asset.
    let reply = get(port, "/missing.js");
    assert_eq!((reply.status, &*reply.body), (404, "not found"));

    let port = spawn(&build("shell", false), 0).expect("serving");
    let reply = get(port, "/points/21");
    assert_eq!((reply.status, &*reply.body), (200, "app shell"), "no 404.html: the app shell");
}

#[test]
fn nothing_outside_the_build_is_served() {
    let port = spawn(&build("traversal", true), 0).expect("serving");
    let paths =
        ["/../Cargo.toml", "/%2e%2e/Cargo.toml", "/%2E%2E%2FCargo.toml", "/points/../../Cargo.toml", "//etc/hostname"];
    for path in paths {
        let reply = get(port, path);
        assert_eq!((reply.status, &*reply.body), (404, "not found"), "{path}");
    }
    assert_eq!(get(port, "/%FF").status, 404, "not UTF-8 once decoded");
}

#[test]
fn a_sub_path_serves_only_below_itself() {
    let port = start(Site::open(&build("sub-path", true), SUB_PATH).expect("opened"), 0).expect("serving");
    assert_eq!(get(port, "/news/gaza-plan/points/7").body, "point 7");
    assert_eq!(get(port, "/news/gaza-plan/app.js").body, "js");
    assert_eq!(get(port, "/news/gaza-plan").body, "app shell");
    assert_eq!(get(port, "/news/gaza-plan/points/21").body, "not found page");
    let outside = get(port, "/points/7");
    assert_eq!((outside.status, &*outside.body), (404, "not found"));
}

#[test]
fn every_reply_carries_the_headers_for_all_paths() {
    let port = spawn(&build("headers", true), 0).expect("serving");
    for path in ["/", "/app_bg.wasm", "/points/21", "/missing.js", "/../Cargo.toml"] {
        let reply = get(port, path);
        assert_eq!(reply.header("content-security-policy"), Some(CSP), "{path}");
        assert_eq!(reply.header("x-frame-options"), Some("x"), "{path}");
        assert_eq!(reply.header("x-only-share"), None, "{path}: another rule's");
        assert_eq!(reply.header("cache-control"), Some("no-cache"), "{path}");
    }
}

#[test]
fn a_folder_without_a_build_is_refused() {
    let empty = std::env::temp_dir().join(format!("xtask-serve-dist-{}-empty", std::process::id()));
    fs_err::create_dir_all(&empty).expect("folder written");
    let error = spawn(&empty, 0).expect_err("nothing to serve");
    assert!(error.to_string().contains("has no index.html"), "{error}");
}

#[test]
fn headers_for_all_paths_are_read_from_the_headers_file() {
    let file = "# comment\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: x\n/share/*\n  Cache-Control: max-age=1\n";
    let headers: Vec<String> =
        all_paths_headers(file).expect("parsed").iter().map(|(n, v)| format!("{n}: {v}")).collect();
    assert_eq!(headers, ["Content-Security-Policy: default-src 'self'", "X-Frame-Options: x"]);
    assert!(all_paths_headers("/*\n  X-Name: caf\u{e9}\n").is_err(), "not ASCII");
}
