//! The client's address, for throttling. `X-Forwarded-For` is believed only
//! when the direct peer is a configured trusted proxy; then the right-most
//! address that is not itself a trusted proxy is the client.

use std::net::IpAddr;

use actix_web::HttpRequest;

pub fn client_ip(req: &HttpRequest, trusted_proxies: &[IpAddr]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    if !trusted_proxies.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    forwarded.into_iter().rev().find(|ip| !trusted_proxies.contains(ip)).or(Some(peer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_ignored_from_an_untrusted_peer() {
        let req = TestRequest::default()
            .peer_addr("203.0.113.9:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "198.51.100.1"))
            .to_http_request();
        assert_eq!(client_ip(&req, &[]), Some(ip("203.0.113.9")));
    }

    #[test]
    fn a_trusted_proxy_names_the_client_to_its_right() {
        let req = TestRequest::default()
            .peer_addr("10.0.0.2:5000".parse().unwrap())
            .insert_header(("x-forwarded-for", "1.2.3.4, 198.51.100.7, 10.0.0.3"))
            .to_http_request();
        // 1.2.3.4 was written by the client itself and could be anything.
        assert_eq!(client_ip(&req, &[ip("10.0.0.2"), ip("10.0.0.3")]), Some(ip("198.51.100.7")));
    }
}
