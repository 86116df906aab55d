"""The ``offerkit`` command line (SPEC 6)."""

from __future__ import annotations

import argparse
import sys

from .._core.errors import DataError

__all__ = ["main"]

#: Modules that come with the ``notebooks`` extra (``pip install "offerkit[notebooks]"``).
NOTEBOOK_EXTRA = {"nbformat", "nbconvert", "nbclient", "papermill", "voila", "jupyter_client", "ipykernel", "jupyterlab"}


def _check(args) -> int:
    from .._io.load import load

    try:
        search = load(args.data, dayfirst=args.dayfirst, as_of=args.as_of, errors="report")
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(search.report)
    return 0 if search.report.ok else 1


def _sample(args) -> int:
    from ..datasets import sample

    df = sample(candidates=args.candidates, applications=args.applications, seed=args.seed,
                start=args.start, end=args.end)
    df.to_csv(args.out, index=False, lineterminator="\n")
    print(f"wrote {len(df)} events of {df.groupby(['candidate', 'application_id'] if 'candidate' in df else ['application_id']).ngroups} applications to {args.out}")
    return 0


def _report(args) -> int:
    from .html_report import run_report

    try:
        path = run_report(args.data, out=args.out, as_of=args.as_of, show_code=args.show_code,
                          anonymize_salt=(args.salt or "offerkit") if args.anonymize else None)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"report: {path.resolve()}")
    return 0


def _reminders(args) -> int:
    from .._io.load import load
    from .._model.policy import Policy
    from .review import weekly_review

    try:
        search = load(args.data, as_of=args.as_of, errors="report")
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    policy = Policy(follow_up_after=args.follow_up_after, repeat_after=args.repeat_after, max_follow_ups=args.max_follow_ups)
    review = weekly_review(search, policy=policy)
    n = review.to_ics(args.out)
    print(f"wrote {n} follow-up reminder(s) to {args.out}")
    return 0


def dashboard_command(data=None, *, port=8866, as_of=None, open_browser=True):
    """The Voila command line and environment that serve notebook 05 on 127.0.0.1."""
    import os
    from pathlib import Path

    from .html_report import notebooks_dir

    nb = notebooks_dir() / "05_followup_whatif.ipynb"
    env = dict(os.environ)
    if data:
        env["OFFERKIT_DATA"] = str(Path(data).resolve())
    if as_of:
        env["OFFERKIT_AS_OF"] = str(as_of)
    cmd = [sys.executable, "-m", "voila", str(nb), "--Voila.ip=127.0.0.1", f"--port={port}",
           ]
    if not open_browser:
        cmd.append("--no-browser")
    return cmd, env, str(nb.parent)


def _dashboard(args) -> int:
    import subprocess

    if args.data:
        from .._io.load import load

        try:
            load(args.data, errors="report")
        except DataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    cmd, env, cwd = dashboard_command(args.data, port=args.port, as_of=args.as_of, open_browser=not args.no_browser)
    print(f"serving the what-if dashboard on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)")
    try:
        return subprocess.call(cmd, env=env, cwd=cwd)
    except KeyboardInterrupt:
        return 0


def _dayfirst(text):
    return {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}[text.lower()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="offerkit", description="Job-search analytics: latency, conversion, the December slowdown.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check", help="print the validation report; exit 0 clean, 1 row problems, 2 fatal")
    p.add_argument("data")
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--dayfirst", type=_dayfirst, default=None)
    p.set_defaults(func=_check)
    p = sub.add_parser("sample", help="write generated sample data")
    p.add_argument("out")
    p.add_argument("--candidates", type=int, default=1)
    p.add_argument("--applications", type=int, default=150)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--start", default="2024-09-02")
    p.add_argument("--end", default="2025-02-28")
    p.set_defaults(func=_sample)
    p = sub.add_parser("reminders", help="write the due follow-ups as calendar reminders (.ics)")
    p.add_argument("data")
    p.add_argument("--out", default="reminders.ics")
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--follow-up-after", type=int, default=5)
    p.add_argument("--repeat-after", type=int, default=7)
    p.add_argument("--max-follow-ups", type=int, default=2)
    p.set_defaults(func=_reminders)
    p = sub.add_parser("dashboard", help="serve the what-if notebook as a Voila app on 127.0.0.1")
    p.add_argument("data", nargs="?")
    p.add_argument("--port", type=int, default=8866)
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--no-browser", action="store_true")
    p.set_defaults(func=_dashboard)
    p = sub.add_parser("report", help="run the notebooks on DATA and write HTML")
    p.add_argument("data")
    p.add_argument("--as-of", dest="as_of")
    p.add_argument("--out", default="reports")
    p.add_argument("--show-code", action="store_true")
    p.add_argument("--anonymize", action="store_true", help="pseudonyms for candidates and companies (for sharing)")
    p.add_argument("--salt", default=None, help="secret text for --anonymize (same salt, same pseudonyms)")
    p.set_defaults(func=_report)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``offerkit`` command."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        root = (exc.name or "").split(".")[0]
        if root in NOTEBOOK_EXTRA:
            print(f'error: offerkit {args.command} needs the notebook tools ({root} is not installed): '
                  'pip install "offerkit[notebooks]"', file=sys.stderr)
            return 2
        return _bug(args, exc)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback for a user; say what happened and where to report it
        return _bug(args, exc)


def _bug(args, exc) -> int:
    print(f"error: offerkit could not process {getattr(args, 'data', '') or 'the input'}: {type(exc).__name__}: {exc}. "
          "This is a bug in offerkit: please report it with the file (or an anonymized copy).", file=sys.stderr)
    return 3


if __name__ == "__main__":
    sys.exit(main())
