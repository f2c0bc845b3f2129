"""Run the Kubernetes API test server by hand or for benchmarks.

python -m kubequery.testserver --demo --pods 10000 --port 8001 --token admin-token
python -m kubequery.testserver --snapshot cluster.json.gz --tls --kubeconfig /tmp/kc.yaml
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from kubequery.testserver.server import (
    TEST_CONTEXTS,
    TEST_TOKENS,
    KubeAPIServer,
    demo_objects,
    rbac_for_test_users,
)


def _user(text: str) -> tuple[str, tuple[str, list[str]]]:
    """``TOKEN=USER[:GROUP,GROUP...]``."""
    token, sep, rest = text.partition("=")
    if not sep or not token or not rest:
        raise argparse.ArgumentTypeError(f"expected TOKEN=USER[:GROUP,...], got {text!r}")
    name, _, groups = rest.partition(":") if not rest.startswith("system:serviceaccount:") else (rest, "", "")
    return token, (name, [g for g in groups.split(",") if g])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m kubequery.testserver",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--demo", action="store_true", help="serve the demo cluster (the default)")
    src.add_argument("--snapshot", nargs="+", metavar="PATH", help="serve these snapshot files/directories")
    p.add_argument("--pods", type=int, default=450, help="demo cluster size in pods (default 450)")
    p.add_argument("--seed", type=int, default=7, help="demo cluster seed (default 7)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one, printed)")
    p.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="TOKEN",
        help="a bearer token for user admin in group system:masters (repeatable)",
    )
    p.add_argument(
        "--user",
        action="append",
        default=[],
        type=_user,
        metavar="TOKEN=USER[:GROUPS]",
        help="another identity, e.g. alice-token=alice:dev,ops (repeatable)",
    )
    p.add_argument(
        "--test-users",
        action="store_true",
        help="add the test identities (admin-token, alice-token, nobody-token, ...) and their RBAC",
    )
    p.add_argument(
        "--anonymous", action="store_true", help="let requests without a token in as system:anonymous"
    )
    p.add_argument(
        "--tls", action="store_true", help="serve HTTPS with a throwaway CA (kubectl needs it to send tokens)"
    )
    p.add_argument("--no-gzip", action="store_true", help="never gzip responses")
    p.add_argument("--bookmark-interval", type=float, default=60.0, help="seconds between watch bookmarks")
    p.add_argument("--kubeconfig", metavar="PATH", help="write a kubeconfig with one context per user")
    p.add_argument(
        "--version", dest="git_version", default="v1.29.10", help="the gitVersion /version reports"
    )
    args = p.parse_args(argv)

    if args.snapshot:
        from kubequery.snapshot import load_snapshot

        objects = load_snapshot(args.snapshot).objects
    else:
        objects = demo_objects(args.seed, args.pods)
    tokens: dict = {}
    rbac: list[dict] = []
    if args.test_users or not (args.token or args.user or args.anonymous):
        tokens.update(TEST_TOKENS)
        rbac = rbac_for_test_users()
    for t in args.token:
        tokens[t] = ("admin", ["system:masters"])
    tokens.update(dict(args.user))
    server = KubeAPIServer(
        objects,
        tokens=tokens,
        rbac=rbac,
        anonymous=args.anonymous,
        host=args.host,
        port=args.port,
        git_version=args.git_version,
        bookmark_interval=args.bookmark_interval,
        gzip=not args.no_gzip,
        tls=args.tls,
    )
    server.start()
    counts = {
        r.resource: len(b.entries)
        for r in server.store.resources()
        if (b := server.store.buckets.get(r.key)) is not None and b.entries
    }
    print(
        f"serving {sum(counts.values())} objects ({counts.get('pods', 0)} pods) on {server.url}", flush=True
    )
    if server.store.skipped:
        print(f"skipped {len(server.store.skipped)} objects of kinds nobody serves", file=sys.stderr)
    if args.kubeconfig:
        users: list | None = None
        if rbac:  # the test users (the service account's context is "service"), then any others
            test_users = {u if isinstance(u, str) else u[1] for u in TEST_CONTEXTS}
            users = list(TEST_CONTEXTS) + sorted({u for u, _ in tokens.values()} - test_users)
        config = server.kubeconfig_dict(users)
        Path(args.kubeconfig).write_text(yaml.safe_dump(config, sort_keys=False))
        contexts = ", ".join(c["name"] for c in config["contexts"])
        print(
            f"kubeconfig: {args.kubeconfig} (contexts: {contexts}; current: {config['current-context']})",
            flush=True,
        )
    if server.ca_path:
        print(f"CA certificate: {server.ca_path}", flush=True)
    print("tokens: " + ", ".join(f"{t} -> {u}" for t, (u, _) in tokens.items()), flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
