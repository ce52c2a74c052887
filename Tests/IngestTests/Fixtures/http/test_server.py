#!/usr/bin/env python3
"""A local HTTP server with the misbehaviours real feed servers show, for monitor's fetch tests.

Started by the tests on 127.0.0.1 with port 0; prints "PORT <n>" once listening. Standard
library only. Every scenario is a path; counters per path live in memory so "fails, then
succeeds" scenarios work across retries. Stops by itself after --lifetime seconds.
"""
import argparse
import gzip
import http.server
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
lock = threading.Lock()


def count(path):
    with lock:
        hits[path] = hits.get(path, 0) + 1
        return hits[path]


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
        n = count(path)
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
        elif path == '/hits':
            self.send(200, repr(hits).encode())
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
