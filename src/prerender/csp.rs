//! The Content-Security-Policy the site is served with, and the `_headers` file that carries it
//! to Netlify and Cloudflare Pages. The template has no inline script, so the policy is the same
//! for every build; should one be added, it is allowed by its hash, never by 'unsafe-inline'.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The policy for pages whose inline scripts are `scripts`.
pub fn policy(scripts: &[&str]) -> String {
    let hashes: String = scripts.iter().map(|script| format!(" 'sha256-{}'", sha256(script))).collect();
    [
        "default-src 'self'".to_owned(),
        format!("script-src 'self' 'wasm-unsafe-eval'{hashes}"),
        "style-src 'self'".into(),
        "img-src 'self' data:".into(),
        "font-src 'self'".into(),
        "connect-src 'self'".into(),
        "manifest-src 'self'".into(),
        "worker-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'self'".into(),
        "form-action 'none'".into(),
        // News pages on any site may frame the explainer: that is what embeds are.
        "frame-ancestors *".into(),
    ]
    .join("; ")
}

/// The bodies of the `<script>` elements without `src` in a page.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let Some(close) = after.find("</script>") else { break };
        if close > open_end && !after[..open_end].contains(" src=") {
            scripts.push(&after[open_end + 1..close]);
        }
        rest = &after[close.max(open_end) + 1..];
    }
    scripts
}

/// `_headers` for every path, in the format Netlify and Cloudflare Pages read.
pub fn headers_file(policy: &str) -> String {
    format!(
        "# Written by the build (src/prerender/csp.rs). Netlify and Cloudflare Pages read this file;\n\
         # docs/deploy.md has the same policy for nginx.\n\
         # Access-Control-Allow-Origin: a frame sandboxed without allow-same-origin has an opaque\n\
         # origin, and its module script and wasm are fetched with CORS.\n\
         /*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  Access-Control-Allow-Origin: *\n"
    )
}

fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_inline_scripts_are_hashed_and_nothing_unsafe_is_allowed() {
        let html = "<script type=\"module\">init()</script><script src=\"/a.js\"></script><script>b()</script>";
        assert_eq!(inline_scripts(html), ["init()", "b()"]);
        let policy = policy(&inline_scripts(html));
        assert!(policy.contains("'sha256-"), "{policy}");
        assert_eq!(policy.matches("'sha256-").count(), 2);
        assert!(!policy.contains("'unsafe-inline'") && !policy.contains(" 'unsafe-eval'"), "{policy}");
        assert!(policy.contains("'wasm-unsafe-eval'"));
    }

    #[test]
    fn the_hash_is_the_base64_sha256_browsers_compare() {
        assert_eq!(sha256(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }
}
