#!/usr/bin/python3
"""A real SMTP server for the mail tests (aiosmtpd, Debian's python3-aiosmtpd).

Run it with /usr/bin/python3: another python3 on PATH may not have aiosmtpd.

    smtp_sink.py --port 0 --out DIR [--cert C --key K] [--implicit-tls]
                 [--user U --password P] [--no-starttls]
                 [--reject-recipient ADDR]... [--fail-first N [--fail-on mail|data]]

The first line on stdout is the port it listens on (127.0.0.1). Each message
it takes is written as DIR/N.eml (the bytes after DATA, dot-stuffing undone)
and then DIR/N.json (the envelope: mail_from, rcpt_tos, auth_user; and the
message as Python's email package decodes it: subject, body, headers,
defects); the
.json appears last, so a reader that sees it can read both. DIR/commands.log
gets the verb of every command it receives, one a line (never arguments: an
AUTH line carries the password), so a test can tell what was never sent.
It exits when stdin is closed or on SIGTERM.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Sink:
    """The handler: what the server does with an envelope."""

    def __init__(self, args):
        self.out = args.out
        self.reject = {address.lower() for address in args.reject_recipient}
        self.fail_left = args.fail_first
        self.fail_on = args.fail_on
        self.count = 0

    def _fail_now(self, stage):
        if self.fail_on != stage or self.fail_left <= 0:
            return False
        self.fail_left -= 1
        return True

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self._fail_now("mail"):
            return "451 4.3.0 Temporary failure, try again later (test)"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected (test)" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self._fail_now("data"):
            return "451 4.3.0 Temporary failure, try again later (test)"
        self.count += 1
        base = os.path.join(self.out, str(self.count))
        write_atomically(base + ".eml", envelope.original_content or envelope.content)
        auth = session.auth_data
        user = auth.login.decode() if isinstance(auth, LoginPassword) else None
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "auth_user": user}
        record.update(parsed(envelope.original_content or envelope.content))
        write_atomically(base + ".json", json.dumps(record).encode())
        return "250 2.0.0 Ok: queued as sink-%d" % self.count


def parsed(data):
    """The message as Python's email package reads it, a decoder independent
    of the one under test: headers and subject decoded (RFC 2047), the text
    decoded (quoted-printable or base64, its charset), and any defects."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    headers = {name.lower(): str(value) for name, value in message.items()}
    return {
        "subject": str(message["subject"] or ""),
        "body": message.get_content() if message.get_content_type() == "text/plain" else None,
        "headers": headers,
        "defects": [type(defect).__name__ for defect in message.defects],
    }


def write_atomically(path, data):
    with open(path + ".tmp", "wb") as file:
        file.write(data)
    os.replace(path + ".tmp", path)


class RecordingSMTP(SMTP):
    """Writes the verb of each command to commands.log, then handles it."""

    log_path = None

    def _record(self, verb):
        with open(self.log_path, "a") as log:
            log.write(verb + "\n")

    async def smtp_EHLO(self, arg):
        self._record("EHLO")
        return await super().smtp_EHLO(arg)

    async def smtp_STARTTLS(self, arg):
        self._record("STARTTLS")
        return await super().smtp_STARTTLS(arg)

    async def smtp_AUTH(self, arg):
        self._record("AUTH")
        return await super().smtp_AUTH(arg)

    async def smtp_MAIL(self, arg):
        self._record("MAIL")
        return await super().smtp_MAIL(arg)

    async def smtp_RCPT(self, arg):
        self._record("RCPT")
        return await super().smtp_RCPT(arg)

    async def smtp_DATA(self, arg):
        self._record("DATA")
        return await super().smtp_DATA(arg)

    async def smtp_QUIT(self, arg):
        self._record("QUIT")
        return await super().smtp_QUIT(arg)


def make_authenticator(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
              and auth_data.password == password.encode())
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False: aiosmtpd itself answers "535 5.7.8 ...", as a real server would.
        return AuthResult(success=False, handled=False)
    return authenticate


def parse_arguments():
    parser = argparse.ArgumentParser(description="SMTP sink for LeaseKeeper's mail tests")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (port 465 style)")
    parser.add_argument("--no-starttls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--reject-recipient", action="append", default=[])
    parser.add_argument("--fail-first", type=int, default=0,
                        help="answer 451 to the first N MAIL or DATA commands (see --fail-on)")
    parser.add_argument("--fail-on", choices=["mail", "data"], default="data")
    return parser.parse_args()


def tls_context(args):
    if not args.cert:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    return context


def smtp_factory(args, handler, context):
    starttls = context if not args.implicit_tls and not args.no_starttls else None
    options = {"hostname": "sink.test", "tls_context": starttls, "require_starttls": starttls is not None}
    if args.user:
        options["authenticator"] = make_authenticator(args.user, args.password or "")
        # Over implicit TLS aiosmtpd does not know the connection is encrypted.
        options["auth_require_tls"] = not args.implicit_tls
    return lambda: RecordingSMTP(handler, **options)


async def serve(args):
    os.makedirs(args.out, exist_ok=True)
    RecordingSMTP.log_path = os.path.join(args.out, "commands.log")
    context = tls_context(args)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(smtp_factory(args, Sink(args), context), host="127.0.0.1",
                                      port=args.port, ssl=context if args.implicit_tls else None)
    print(server.sockets[0].getsockname()[1], flush=True)
    stop = loop.create_future()

    def finish():
        if not stop.done():
            stop.set_result(None)

    loop.add_signal_handler(signal.SIGTERM, finish)
    loop.add_reader(sys.stdin.fileno(), lambda: os.read(sys.stdin.fileno(), 4096) or finish())
    await stop
    server.close()


if __name__ == "__main__":
    asyncio.run(serve(parse_arguments()))
