#!/usr/bin/python3
"""Runs a systemd service's ExecStart= the way its unit would, on a machine
where systemd is not PID 1 (CI containers), so that a test can prove the
program works inside the unit's sandbox.

Usage (as root): run-as-unit.py UNIT_FILE [EXTRA_ARGUMENT...]
The extra arguments are appended to ExecStart=. The process execs the service
(same PID), so a caller can signal and wait for it.

Applied from the unit file, as systemd 252 does:
  User=, Group= (with the user's supplementary groups), UMask=, LimitNOFILE=,
  StateDirectory= (writable, the rest of / is not), ProtectSystem=strict
  (every mount read-only except /dev, /proc, /sys), ProtectHome=yes (empty,
  inaccessible /home, /root, /run/user), PrivateTmp=yes (empty /tmp and
  /var/tmp), NoNewPrivileges=, CapabilityBoundingSet= (empty: all dropped),
  SystemCallFilter= (an allow list of groups and names, expanded with
  systemd-analyze syscall-filter, then ~ deny lines), SystemCallErrorNumber=,
  MemoryDenyWriteExecute=, RestrictAddressFamilies= (allow list),
  LockPersonality=, and systemd's environment for a system service.
Not emulated (the server's tests do not depend on them): PrivateDevices=,
ProtectKernelTunables/Modules/Logs=, ProtectControlGroups=, ProtectClock=,
ProtectHostname=, ProtectProc=, RestrictNamespaces=, RestrictRealtime=,
RestrictSUIDSGID=, RemoveIPC=, SystemCallArchitectures=. A setting this script
does not understand with a value other than these makes it stop with an error
rather than run a weaker sandbox silently.
"""

import ctypes
import errno
import grp
import os
import pwd
import resource
import shlex
import socket
import subprocess
import sys

import seccomp

CLONE_NEWNS = 0x00020000
PR_SET_NO_NEW_PRIVS = 38
PR_CAPBSET_DROP = 24
PROT_WRITE, PROT_EXEC = 0x2, 0x4
SHM_EXEC = 0o100000

EMULATED = {
    "Type", "User", "Group", "ExecStart", "ExecReload", "Restart", "RestartSec", "RestartPreventExitStatus",
    "StateDirectory", "StateDirectoryMode", "UMask", "LimitNOFILE", "ProtectSystem", "ProtectHome",
    "PrivateTmp", "NoNewPrivileges", "CapabilityBoundingSet", "AmbientCapabilities", "SystemCallFilter",
    "SystemCallErrorNumber", "MemoryDenyWriteExecute", "RestrictAddressFamilies", "LockPersonality",
}
NOT_EMULATED = {
    "PrivateDevices", "ProtectKernelTunables", "ProtectKernelModules", "ProtectKernelLogs",
    "ProtectControlGroups", "ProtectClock", "ProtectHostname", "ProtectProc", "RestrictNamespaces",
    "RestrictRealtime", "RestrictSUIDSGID", "RemoveIPC", "SystemCallArchitectures",
}

libc = ctypes.CDLL(None, use_errno=True)


def die(message):
    sys.stderr.write(f"run-as-unit: {message}\n")
    sys.exit(1)


def read_service_section(path):
    """[Service] settings; settings given several times are collected in order."""
    settings, section = {}, None
    with open(path, encoding="utf-8") as unit:
        for raw in unit:
            line = raw.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("["):
                section = line.strip("[]")
                continue
            if section == "Service":
                key, _, value = line.partition("=")
                settings.setdefault(key.strip(), []).append(value.strip())
    unknown = set(settings) - EMULATED - NOT_EMULATED
    if unknown:
        die(f"{path}: cannot emulate {', '.join(sorted(unknown))}")
    return settings


def last(settings, key, default=""):
    return settings.get(key, [default])[-1]


def check(call, *args):
    if call(*args) != 0:
        code = ctypes.get_errno()
        die(f"{call.__name__}{args}: {os.strerror(code)}")


def mount(*args):
    subprocess.run(["mount", *args], check=True)


def mount_points():
    points = []
    with open("/proc/self/mountinfo", encoding="utf-8") as info:
        for line in info:
            point = line.split()[4].encode().decode("unicode_escape")
            points.append(point)
    return points


def build_file_system(settings):
    check(libc.unshare, CLONE_NEWNS)
    mount("--make-rprivate", "/")
    if last(settings, "ProtectSystem") == "strict":
        for point in mount_points():
            if point.startswith(("/proc", "/sys", "/dev")):
                continue
            subprocess.run(["mount", "-o", "remount,bind,ro", point], stderr=subprocess.DEVNULL, check=False)
    elif last(settings, "ProtectSystem") not in ("", "no"):
        die("only ProtectSystem=strict is emulated")
    for name in " ".join(settings.get("StateDirectory", [])).split():
        state = os.path.join("/var/lib", name)
        if not os.path.isdir(state):
            die(f"{state} does not exist (the package's postinst creates it)")
        mount("--bind", state, state)
        mount("-o", "remount,bind,rw", state)
    if last(settings, "PrivateTmp") == "yes":
        for tmp in ("/tmp", "/var/tmp"):
            mount("-t", "tmpfs", "-o", "mode=1777,nosuid,nodev", "tmpfs", tmp)
    if last(settings, "ProtectHome") == "yes":
        for home in ("/home", "/root", "/run/user"):
            if os.path.isdir(home):
                mount("-t", "tmpfs", "-o", "mode=000,ro,nosuid,nodev,noexec", "tmpfs", home)


def drop_privileges(settings, user):
    nofile = last(settings, "LimitNOFILE")
    if nofile:
        wanted = int(nofile)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, wanted))
        except (ValueError, OSError):
            # A container may cap even root's hard limit; keep the most it allows.
            hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
            sys.stderr.write(f"run-as-unit: LimitNOFILE={wanted} not allowed here, using {hard}\n")
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    os.umask(int(last(settings, "UMask", "0022"), 8))
    if settings.get("CapabilityBoundingSet") not in (None, [""]):
        die("only an empty CapabilityBoundingSet= is emulated")
    if "CapabilityBoundingSet" in settings:
        with open("/proc/sys/kernel/cap_last_cap", encoding="ascii") as cap_last:
            for cap in range(int(cap_last.read()) + 1):
                check(libc.prctl, PR_CAPBSET_DROP, cap, 0, 0, 0)
    if last(settings, "NoNewPrivileges") == "yes" or "SystemCallFilter" in settings:
        check(libc.prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    group = grp.getgrnam(last(settings, "Group", user.pw_name))
    os.setgroups(os.getgrouplist(user.pw_name, group.gr_gid))
    os.setresgid(group.gr_gid, group.gr_gid, group.gr_gid)
    os.setresuid(user.pw_uid, user.pw_uid, user.pw_uid)
    os.chdir("/")


def expand_group(name, seen):
    if name in seen:
        return set()
    seen.add(name)
    listing = subprocess.run(["systemd-analyze", "syscall-filter", name], capture_output=True, text=True,
                             check=True).stdout
    calls = set()
    for line in listing.splitlines()[1:]:
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        calls |= expand_group(entry, seen) if entry.startswith("@") else {entry}
    return calls


def allowed_syscalls(settings):
    # An allow list first, then "~" lines taking calls out of it, as systemd
    # reads an allow list followed by deny lists.
    calls = set()
    for value in settings.get("SystemCallFilter", []):
        denied = value.startswith("~")
        if not calls and denied:
            die("a SystemCallFilter= deny list without an allow list is not emulated")
        entries = set()
        for entry in value.lstrip("~").split():
            entries |= expand_group(entry, set()) if entry.startswith("@") else {entry}
        calls = calls - entries if denied else calls | entries
    return calls


def add(rule_filter, action, name, *args):
    try:
        rule_filter.add_rule(action, name, *args)
    except (RuntimeError, ValueError):
        pass  # a name from another architecture (arm_fadvise64_64, ...)


def load_seccomp(settings, calls):
    if not calls:
        return
    error = last(settings, "SystemCallErrorNumber")
    default = seccomp.ERRNO(getattr(errno, error)) if error else seccomp.KILL_PROCESS
    rules = seccomp.SyscallFilter(default)
    conditional = set()
    if last(settings, "MemoryDenyWriteExecute") == "yes":
        # Writable and executable at once, or made executable later: refused.
        conditional |= {"mmap", "mprotect", "pkey_mprotect", "shmat"}
        add(rules, seccomp.ALLOW, "mmap", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_WRITE, 0))
        add(rules, seccomp.ALLOW, "mmap", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, 0))
        add(rules, seccomp.ALLOW, "mprotect", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, 0))
        add(rules, seccomp.ALLOW, "pkey_mprotect", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, 0))
        add(rules, seccomp.ALLOW, "shmat", seccomp.Arg(2, seccomp.MASKED_EQ, SHM_EXEC, 0))
    families = " ".join(settings.get("RestrictAddressFamilies", [])).split()
    if families:
        if families[0].startswith("~"):
            die("only allow-list RestrictAddressFamilies= is emulated")
        conditional.add("socket")
        for family in families:
            add(rules, seccomp.ALLOW, "socket", seccomp.Arg(0, seccomp.EQ, int(getattr(socket, family))))
    if last(settings, "LockPersonality") == "yes":
        conditional.add("personality")
        for persona in (0, 0xFFFFFFFF):  # PER_LINUX, and the query
            add(rules, seccomp.ALLOW, "personality", seccomp.Arg(0, seccomp.EQ, persona))
    for name in sorted(calls - conditional):
        add(rules, seccomp.ALLOW, name)
    rules.load()


def main():
    if len(sys.argv) < 2 or os.geteuid() != 0:
        die("usage (as root): run-as-unit.py UNIT_FILE [EXTRA_ARGUMENT...]")
    settings = read_service_section(sys.argv[1])
    command = shlex.split(last(settings, "ExecStart")) + sys.argv[2:]
    user = pwd.getpwnam(last(settings, "User", "root"))
    environment = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": user.pw_dir, "USER": user.pw_name, "LOGNAME": user.pw_name, "SHELL": user.pw_shell,
        "LANG": "C.UTF-8",
    }
    states = " ".join(settings.get("StateDirectory", [])).split()
    if states:
        environment["STATE_DIRECTORY"] = ":".join(os.path.join("/var/lib", name) for name in states)
    calls = allowed_syscalls(settings)
    build_file_system(settings)
    drop_privileges(settings, user)
    load_seccomp(settings, calls)
    os.execve(command[0], command, environment)


if __name__ == "__main__":
    main()
