#!/usr/bin/env python3
"""A local HTTP server with the misbehaviours real feed servers show, for monitor's fetch tests.

Started by the tests on 127.0.0.1 with port 0; prints "PORT <n>" once listening. Standard
library only. Every scenario is a path; counters per path live in memory so "fails, then
succeeds" scenarios work across retries. Stops by itself after --lifetime seconds.
"""
import argparse
import gzip
import http.server
import json
import socketserver
import sys
import threading
import time

FEED = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>'
        b'<item><guid>1</guid><title>Hallo</title><description>Gr\xc3\xbc\xc3\x9fe</description></item>'
        b'</channel></rss>')
ETAG = '"v1-abc"'
LAST_MODIFIED = 'Sun, 22 Nov 2026 10:00:00 GMT'
hits = {}
requests = []  # (path with query, time.monotonic(), If-None-Match) of every request, for paging tests
lock = threading.Lock()
# Discourse scenario: post ids present on /forum/posts.json; /forum/add appends new ones.
forum_posts = list(range(1, 10))
LONG_TEXT = ('Seit drei Wochen warte ich auf die Erstattung meiner doppelt abgebuchten Rechnung, '
             'und niemand bei der Hotline kann mir sagen, wann das Geld wieder auf meinem Konto ist.')


def count(path, full_path, if_none_match):
    with lock:
        hits[path] = hits.get(path, 0) + 1
        requests.append((full_path, time.monotonic(), if_none_match))
        return hits[path]


def query(full_path):
    """The query parameters of a request path, last value wins."""
    from urllib.parse import parse_qs, urlsplit
    return {name: values[-1] for name, values in parse_qs(urlsplit(full_path).query).items()}


PAGE_COUNT = 4  # every paged scenario has four pages of two entries


def atom_page(page, base):
    entries = ''.join(
        f'<entry><id>urn:atom:{page}-{k}</id><title>Seite {page} Eintrag {k}</title>'
        f'<updated>2026-11-2{page}T1{k}:00:00Z</updated><content>Eintrag {k} von Seite {page}</content></entry>'
        for k in (1, 2))
    nxt = f'<link rel="next" href="{base}?page={page + 1}"/>' if page < PAGE_COUNT else ''
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f'<title>Paged</title><id>urn:paged</id>{nxt}{entries}</feed>').encode()


def rss_page(page, base):
    items = ''.join(
        f'<item><guid>rss-{page}-{k}</guid><title>Seite {page} Eintrag {k}</title>'
        f'<description>Eintrag {k} von Seite {page}</description></item>' for k in (1, 2))
    nxt = f'<atom:link rel="next" href="{base}?page={page + 1}"/>' if page < PAGE_COUNT else ''
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
            f'<channel><title>Paged</title><atom:link rel="self" href="{base}"/>{nxt}{items}</channel></rss>').encode()


def json_feed_page(page, base):
    feed = {'version': 'https://jsonfeed.org/version/1.1', 'title': 'Paged',
            'items': [{'id': f'json-{page}-{k}', 'content_text': f'Eintrag {k} von Seite {page}'} for k in (1, 2)]}
    if page < PAGE_COUNT:
        feed['next_url'] = f'{base}?page={page + 1}'
    return json.dumps(feed).encode()


def html_page(page):
    items = ''.join(
        f'<div class="post" data-id="html-{page}-{k}"><p class="text">Eintrag {k} von Seite {page}</p></div>'
        for k in (1, 2))
    # A relative link, as forum software writes it.
    nxt = f'<a class="next" href="?page={page + 1}">weiter</a>' if page < PAGE_COUNT else ''
    return f'<html><body>{items}{nxt}</body></html>'.encode()


def discourse_page(before):
    """Discourse's /posts.json: the three newest posts with an id below `before`."""
    with lock:
        ids = sorted((i for i in forum_posts if before is None or i < before), reverse=True)[:3]
    posts = [{'id': i, 'topic_id': 100 + i, 'post_number': 1, 'topic_slug': f'thema-{i}',
              'topic_title': f'Thema {i}', 'username': f'nutzer{i}', 'created_at': '2026-11-22T10:00:00Z',
              'cooked': f'<p>Beitrag {i}</p>'} for i in ids]
    return json.dumps({'latest_posts': posts}).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def send(self, status, body=b'', headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split('?')[0]
        n = count(path, self.path, self.headers.get('If-None-Match'))
        base = f'http://{self.headers.get("Host")}{path}'
        page = int(query(self.path).get('page', '1'))
        if path == '/feed':
            self.send(200, FEED, {'Content-Type': 'application/rss+xml; charset=utf-8'})
        elif path == '/etag':
            if self.headers.get('If-None-Match') == ETAG:
                self.send(304, b'', {'ETag': ETAG})
            else:
                self.send(200, FEED, {'ETag': ETAG, 'Content-Type': 'application/rss+xml'})
        elif path == '/last-modified':
            if self.headers.get('If-Modified-Since') == LAST_MODIFIED:
                self.send(304, b'', {'Last-Modified': LAST_MODIFIED})
            else:
                self.send(200, FEED, {'Last-Modified': LAST_MODIFIED, 'Content-Type': 'application/rss+xml'})
        elif path == '/gzip':
            self.send(200, gzip.compress(FEED), {'Content-Encoding': 'gzip', 'Content-Type': 'application/rss+xml'})
        elif path == '/br':
            try:
                import brotli
            except ImportError:
                self.send(501, b'brotli module missing: apt-get install -y python3-brotli')
                return
            self.send(200, brotli.compress(FEED), {'Content-Encoding': 'br', 'Content-Type': 'application/rss+xml'})
        elif path == '/auth':
            if self.headers.get('Api-Key') == 'secret-key' and self.headers.get('Api-Username') == 'system':
                self.send(200, FEED)
            else:
                self.send(403, b'forbidden')
        elif path == '/basic-auth':
            import base64
            expected = 'Basic ' + base64.b64encode(b'monitor:s3cret').decode()
            if self.headers.get('Authorization') == expected:
                self.send(200, FEED)
            else:
                self.send(401, b'unauthorized', {'WWW-Authenticate': 'Basic realm="feeds"'})
        elif path == '/cookie':
            if 'session=abc123' in (self.headers.get('Cookie') or ''):
                self.send(200, FEED)
            else:
                self.send(403, b'no session')
        elif path == '/429-long':
            self.send(429, b'come back tomorrow', {'Retry-After': '86400'})
        elif path == '/user-agent':
            self.send(200, (self.headers.get('User-Agent') or '').encode())
        elif path.startswith('/chain/'):
            step = int(path.rsplit('/', 1)[1])
            if step < 3:
                self.send(301, b'', {'Location': f'/chain/{step + 1}'})
            else:
                self.send(200, FEED)
        elif path == '/loop':
            self.send(302, b'', {'Location': '/loop'})
        elif path == '/to-file':
            self.send(302, b'', {'Location': 'file:///etc/passwd'})
        elif path == '/404':
            self.send(404, b'not found')
        elif path == '/410':
            self.send(410, b'gone')
        elif path == '/429':
            if n == 1:
                self.send(429, b'slow down', {'Retry-After': '1'})
            else:
                self.send(200, FEED)
        elif path == '/500-then-ok':
            if n == 1:
                self.send(500, b'oops')
            else:
                self.send(200, FEED)
        elif path == '/always-500':
            self.send(503, b'unavailable')
        elif path == '/stall':
            self.send_response(200)
            self.send_header('Content-Length', '100000')
            self.end_headers()
            self.wfile.write(b'<rss>')
            self.wfile.flush()
            time.sleep(8)
        elif path == '/big':
            body = b'<rss>' + b'x' * (3 * 1024 * 1024) + b'</rss>'
            self.send(200, body)
        elif path == '/big-gzip':
            body = gzip.compress(b'<rss>' + b' ' * (20 * 1024 * 1024) + b'</rss>')
            self.send(200, body, {'Content-Encoding': 'gzip'})
        elif path == '/latin1-labelled-utf8':
            self.send(200, FEED, {'Content-Type': 'application/rss+xml; charset=iso-8859-1'})
        elif path == '/moved':
            self.send(301, b'', {'Location': '/feed'})
        elif path == '/moved-twice':
            self.send(308, b'', {'Location': '/moved'})
        elif path == '/temporary':
            self.send(302, b'', {'Location': '/moved'})
        elif path == '/paged/atom':
            self.send(200, atom_page(page, base), {'Content-Type': 'application/atom+xml'})
        elif path == '/paged/rss':
            self.send(200, rss_page(page, base), {'Content-Type': 'application/rss+xml'})
        elif path == '/paged/jsonfeed':
            self.send(200, json_feed_page(page, base), {'Content-Type': 'application/feed+json'})
        elif path == '/paged/html':
            self.send(200, html_page(page), {'Content-Type': 'text/html; charset=utf-8'})
        elif path == '/paged/loop':
            # A broken feed whose next link points at itself.
            self.send(200, atom_page(1, base).replace(b'?page=2', b''), {'Content-Type': 'application/atom+xml'})
        elif path == '/paged/etag':
            if page == 1 and self.headers.get('If-None-Match') == ETAG:
                self.send(304, b'', {'ETag': ETAG})
            else:
                headers = {'Content-Type': 'application/atom+xml', 'X-Conditional': self.headers.get('If-None-Match', '-')}
                if page == 1:
                    headers['ETag'] = ETAG
                self.send(200, atom_page(page, base), headers)
        elif path == '/forum/posts.json':
            before = query(self.path).get('before')
            self.send(200, discourse_page(int(before) if before else None), {'Content-Type': 'application/json'})
        elif path == '/forum/add':
            with lock:
                forum_posts.extend(range(max(forum_posts) + 1, max(forum_posts) + 1 + int(query(self.path).get('n', '1'))))
            self.send(200, b'added')
        elif path.startswith('/crosspost/'):
            # Two sources that carry the same long text (with a different e-mail address, which
            # redaction replaces), and the same short text.
            who = path.rsplit('/', 1)[1]
            items = (f'<item><guid>{who}-long</guid><description>{LONG_TEXT} Schreibt mir an {who}@example.com.</description></item>'
                     f'<item><guid>{who}-short</guid><description>Danke, gelöst!</description></item>')
            body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{who}</title>{items}</channel></rss>'
            self.send(200, body.encode(), {'Content-Type': 'application/rss+xml'})
        elif path == '/hits':
            self.send(200, repr(hits).encode())
        elif path == '/requests':
            with lock:
                log = [{'path': p, 'time': t, 'if_none_match': e} for p, t, e in requests if p != '/requests']
            self.send(200, json.dumps(log).encode(), {'Content-Type': 'application/json'})
        else:
            self.send(404, b'unknown scenario')


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lifetime', type=float, default=300)
    args = parser.parse_args()
    server = Server(('127.0.0.1', 0), Handler)
    print(f'PORT {server.server_address[1]}', flush=True)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == '__main__':
    sys.exit(main())
