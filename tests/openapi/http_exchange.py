"""One HTTP exchange with a License Manager, kept as it was received: status,
headers in order, raw body. Requests go through http.client, or through a
raw socket for what http.client will not send (a request that never ends,
oversized headers, a connection held open)."""

import http.client
import socket
import ssl


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers  # [(name, value), ...] as received
        self.body = body

    def header(self, name):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def error_code(self):
        """The `error` field of a JSON error body, or None."""
        import json

        try:
            value = json.loads(self.body)
        except ValueError:
            return None
        return value.get("error") if isinstance(value, dict) else None


def _read(response):
    body = response.read()
    return Answer(response.status, response.getheaders(), body)


def request(port, method, path, body=None, headers=None, tls=None, timeout=10):
    """A complete request on a new connection; `body` is bytes or str."""
    if tls is None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    else:
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=timeout, context=tls)
    try:
        if isinstance(body, str):
            body = body.encode("utf-8")
        connection.request(method, path, body=body, headers=headers or {})
        return _read(connection.getresponse())
    finally:
        connection.close()


def connect(port, timeout=10):
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def raw(port, data, timeout=10):
    """Sends `data` as it is and reads the answer the server gives."""
    sock = connect(port, timeout)
    try:
        try:
            sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and stopped reading: its answer is still there
        return answer_on(sock)
    finally:
        sock.close()


def answer_on(sock):
    """Reads one answer from an open socket (whatever was sent on it)."""
    response = http.client.HTTPResponse(sock, method="GET")
    response.begin()
    return _read(response)


def tls_context(ca_file):
    context = ssl.create_default_context(cafile=ca_file)
    return context
