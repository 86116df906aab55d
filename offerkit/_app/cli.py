"""The ``offerkit`` command line (definitions §6)."""

from __future__ import annotations

import argparse
import sys

from .._core.errors import DataError

__all__ = ["main"]

#: Modules that come with the ``notebooks`` extra (``pip install "offerkit[notebooks]"``).
NOTEBOOK_EXTRA = {
    "nbformat",
    "nbconvert",
    "nbclient",
    "papermill",
    "voila",
    "jupyter_client",
    "ipykernel",
    "jupyterlab",
}


def _mapping(args):
    """The ``mapping=`` of ``--map "LABEL=event"`` / ``--map "Column=role"`` (repeatable) and ``--mapping FILE``."""
    import json
    from pathlib import Path

    mapping = {}
    path = getattr(args, "mapping_file", None)
    if path:
        text = Path(path).read_text(encoding="utf-8-sig")  # a BOM (Notepad's UTF-8) is not part of the text
        if Path(path).suffix.lower() == ".toml":
            import tomllib

            data = tomllib.loads(text)
        else:
            try:
                data = json.loads(text)
            except RecursionError:
                raise ValueError(
                    f'{path}: nested too deeply to be a mapping; write it as {{"Pending": "waiting"}}'
                ) from None
            except ValueError as exc:
                raise ValueError(
                    f'{path}: not valid JSON ({exc}); write it as {{"Pending": "waiting"}} or use a .toml file'
                ) from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise ValueError(
                f"{path}: a mapping file holds label = event and column = role pairs, "
                'such as {"Pending": "waiting", "Day Sent": "applied_date"}'
            )
        mapping.update(data)
    for item in getattr(args, "map", None) or []:
        key, sep, value = item.rpartition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f'--map {item!r}: write it as --map "LABEL=event" or --map "Column=role"')
        mapping[key.strip()] = value.strip()
    if mapping:
        from .._core.vocab import check_mapping

        check_mapping(mapping)
    return mapping or None


def _check(args) -> int:
    from .._io.load import load

    try:
        search = load(_data(args), errors="report", **_load_options(args))
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(search.report)
    return 0 if search.report.ok else 1


def _inspect(args) -> int:
    from .._io.inspect import inspect

    print(inspect(args.data, mail=args.mail, **_load_options(args)).to_text())
    return 0


def _sample(args) -> int:
    from ..datasets import sample

    df = sample(
        candidates=args.candidates, applications=args.applications, seed=args.seed, start=args.start, end=args.end
    )
    df.to_csv(args.out, index=False, lineterminator="\n")
    print(
        f"wrote {len(df)} events of {df.groupby(['candidate', 'application_id'] if 'candidate' in df else ['application_id']).ngroups} applications to {args.out}"
    )
    return 0


def _report(args) -> int:
    from .html_report import run_report

    salt = args.salt
    if args.anonymize and salt and (len(salt) < 16 or salt.lower() in _COMMON_SALTS):
        print(
            "error: --salt must be at least 16 characters and not a common word (a short salt can be guessed and "
            "the pseudonyms reversed); leave it out to get a random one printed",
            file=sys.stderr,
        )
        return 2
    if args.anonymize and not salt:
        import secrets

        salt = secrets.token_hex(16)
        print(f"anonymizing with a new random salt (keep it to get the same pseudonyms next time): --salt {salt}")
    try:
        path = run_report(
            _data(args),
            out=args.out,
            show_code=args.show_code,
            anonymize_salt=salt if args.anonymize else None,
            **_load_options(args),
        )
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"report: {path.resolve()}")
    return 0


def _mail(args) -> int:
    """Read a mailbox into an event log CSV to review, correct and load (definitions §3.6)."""
    from .._io.export import to_safe_csv
    from .._io.mailbox import is_mailbox, mailbox_events

    if not is_mailbox(args.mailbox):
        print(
            f"error: {args.mailbox}: not a mailbox (an mbox, a Google Takeout .mbox, a folder of .eml files, or a "
            ".zip of those)",
            file=sys.stderr,
        )
        return 2
    events = mailbox_events(args.mailbox, owner=args.owner, tz=args.tz, progress=True)
    to_safe_csv(events, args.out)
    print(events.attrs.get("summary", ""))
    print(
        f"wrote {len(events)} event(s) to {args.out}: check the 'rule' and 'confidence' columns, fix or delete rows, "
        f"then: offerkit report {args.out}"
    )
    return 0


def _notebooks(args) -> int:
    """Copy the notebooks into a folder of the user's, with the data set once in ``offerkit.toml``."""
    import shutil
    from pathlib import Path

    from ..datasets import SETTINGS_FILE
    from .html_report import notebooks_dir

    folder = Path(args.folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    copied, kept = [], []
    for nb in sorted(notebooks_dir().glob("[0-9][0-9]_*.ipynb")):
        target = folder / nb.name
        if target.exists():  # never overwrite a notebook the user may have edited
            kept.append(nb.name)
            continue
        shutil.copyfile(nb, target)
        copied.append(nb.name)
    settings = folder / SETTINGS_FILE
    if args.data:
        data = Path(args.data).expanduser().resolve()
        if not data.exists():
            print(f"error: {args.data}: no such file or folder", file=sys.stderr)
            return 2
        lines = [
            "# read by every offerkit notebook in this folder (when its data_path is None)",
            f"data_path = {_toml_string(str(data))}",
        ]
        settings.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"copied {len(copied)} notebook(s) to {folder}" + (f"; kept your {len(kept)} existing one(s)" if kept else "")
    )
    if args.data:
        print(f"data: {data} (set in {settings})")
    elif not settings.exists():
        print(
            f"no data given: the notebooks use the sample; set yours with offerkit notebooks {args.folder} DATA "
            f'or write data_path = "my.csv" in {settings}'
        )
    print(f"open them with: jupyter lab {folder}")
    return 0


def _toml_string(text) -> str:
    import json

    return json.dumps(text)  # a TOML basic string is a JSON string for these characters


#: Salts a guesser tries first (all refused, whatever their length).
_COMMON_SALTS = {
    "passwordpassword",
    "secretsecretsecret",
    "offerkitoffercoach",
    "changemechangeme",
    "saltsaltsaltsalt",
    "aaaaaaaaaaaaaaaa",
    "0000000000000000",
    "1234567890123456",
    "qwertyuiopasdfgh",
}


def _reminders(args) -> int:
    from .._io.load import load
    from .._model.policy import Policy
    from .review import weekly_review

    try:
        search = load(args.data, errors="report", **_load_options(args))
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    policy = Policy(
        follow_up_after=args.follow_up_after, repeat_after=args.repeat_after, max_follow_ups=args.max_follow_ups
    )
    review = weekly_review(search, policy=policy)
    n = review.to_ics(args.out)
    print(f"wrote {n} follow-up reminder(s) to {args.out}")
    return 0


def dashboard_command(
    data=None,
    *,
    port=8866,
    as_of=None,
    open_browser=True,
    mapping=None,
    dayfirst=None,
    country="US",
    token=None,
    idle_minutes=30,
):
    """The Voila command line and environment that serve notebook 05 on 127.0.0.1.

    ``token``: the secret every request must carry (``?token=...``, Jupyter's
    token auth), so that no other web page the browser opens can read the
    dashboard.  Kernels idle for ``idle_minutes`` are stopped (each page load
    starts one).
    """
    import os
    from pathlib import Path

    from .html_report import notebooks_dir

    nb = notebooks_dir() / "05_followup_whatif.ipynb"
    env = dict(os.environ)
    if data:
        env["OFFERKIT_DATA"] = str(Path(data).resolve())
    if as_of:
        env["OFFERKIT_AS_OF"] = str(as_of)
    if mapping:
        import json

        env["OFFERKIT_MAPPING"] = json.dumps(mapping)
    if dayfirst is not None:
        env["OFFERKIT_DAYFIRST"] = "true" if dayfirst else "false"
    if country and country != "US":
        env["OFFERKIT_COUNTRY"] = str(country)
    cmd = [
        sys.executable,
        "-m",
        "offerkit._app.voila_local",
        str(nb),
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        f"--MappingKernelManager.cull_idle_timeout={int(idle_minutes * 60)}",
        "--MappingKernelManager.cull_interval=60",
    ]
    if token:
        cmd.append(f"--token={token}")
    if not open_browser:
        cmd.append("--no-browser")
    return cmd, env, str(nb.parent)


def _dashboard(args) -> int:
    import subprocess

    if args.data:
        from .._io.load import load

        try:
            load(args.data, errors="report", **_load_options(args))
        except DataError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    port = free_port(args.port)
    if port is None:
        print(
            f"error: port {args.port} and the 20 after it are in use on 127.0.0.1: stop what uses them, or give "
            "--port N",
            file=sys.stderr,
        )
        return 2
    if port != args.port:
        print(f"port {args.port} is in use on 127.0.0.1; using {port} instead")
    import secrets

    token = secrets.token_urlsafe(24)
    cmd, env, cwd = dashboard_command(
        args.data, port=port, open_browser=not args.no_browser, token=token, **_load_options(args)
    )
    print(
        f"serving the what-if dashboard on http://127.0.0.1:{port}/?token={token} (Ctrl-C to stop; the token keeps "
        "other web pages out)"
    )
    try:
        return subprocess.call(cmd, env=env, cwd=cwd)
    except KeyboardInterrupt:
        return 0


def free_port(port, tries=20):
    """``port`` if nothing listens on 127.0.0.1:port, else the next free one (None after ``tries``)."""
    import socket

    for candidate in range(port, port + tries + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", candidate))
            except OSError:
                continue
            return candidate
    return None


def _dayfirst(text):
    return {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}[text.lower()]


def _data(args):
    """What to load: DATA, or DATA and the --mail mailbox together."""
    mail = getattr(args, "mail", None)
    return [args.data, mail] if mail and args.data else (mail or args.data)


def _load_options(args) -> dict:
    """The keyword arguments of :func:`offerkit.load` from the shared data options."""
    return {"as_of": args.as_of, "dayfirst": args.dayfirst, "mapping": _mapping(args), "country": args.country}


def _data_options(p, *, optional=False):
    """The options of every command that reads DATA (definitions §6), from this one definition."""
    p.add_argument(
        "data",
        nargs="?" if optional else None,
        help="your tracker: a CSV, .xlsx or JSON file, or a folder of them (one per candidate)"
        + ("; without it, the sample data" if optional else ""),
    )
    p.add_argument(
        "--mail",
        metavar="MAILBOX",
        help="your mailbox read with the tracker (a Takeout .mbox, an mbox, a folder of .eml files or a "
        ".zip): the tracker's statuses get the mail's dates; nothing leaves this machine",
    )
    p.add_argument(
        "--as-of",
        dest="as_of",
        metavar="DATE",
        help="the date the data describes (default: the latest date in it); later events are ignored",
    )
    p.add_argument(
        "--map",
        action="append",
        metavar="LABEL=event",
        help='read a status or a column your way, e.g. --map "Pending=waiting" --map "Day Sent=applied_date" '
        "(repeatable; events: applied, screen, interview, onsite, offer, rejected, reply, accepted, "
        "declined, withdrew, follow_up, thank_you, ghosted, not_applied, waiting)",
    )
    p.add_argument(
        "--mapping",
        dest="mapping_file",
        metavar="FILE",
        help='a JSON or TOML file of such pairs, e.g. {"Pending": "waiting"}',
    )
    p.add_argument(
        "--dayfirst",
        type=_dayfirst,
        default=None,
        metavar="yes|no",
        help="how 03/04/2024 reads when the data cannot decide (yes: day first)",
    )
    p.add_argument(
        "--country",
        default="US",
        metavar="CODE",
        help="public-holiday calendar for business days, e.g. DE or GB (default US)",
    )
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="offerkit", description="Job-search analytics: latency, conversion, the December slowdown."
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"offerkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = _data_options(
        sub.add_parser("check", help="print the validation report; exit 0 clean, 1 row problems, 2 fatal")
    )
    p.set_defaults(func=_check)
    p = _data_options(sub.add_parser("inspect", help="how each column and status was understood; a mapping to paste"))
    p.set_defaults(func=_inspect)
    p = sub.add_parser("sample", help="write generated sample data")
    p.add_argument("out", help="the CSV file to write")
    p.add_argument("--candidates", type=int, default=1, help="how many job seekers (default 1)")
    p.add_argument("--applications", type=int, default=150, help="applications per candidate (default 150)")
    p.add_argument("--seed", type=int, default=0, help="random seed: the same seed, the same data (default 0)")
    p.add_argument("--start", default="2024-09-02", help="first application date (default 2024-09-02)")
    p.add_argument("--end", default="2025-02-28", help="last application date (default 2025-02-28)")
    p.set_defaults(func=_sample)
    p = _data_options(sub.add_parser("reminders", help="write the due follow-ups as calendar reminders (.ics)"))
    p.add_argument("--out", default="reminders.ics", help="the .ics file to write (default reminders.ics)")
    p.add_argument("--follow-up-after", type=int, default=5, help="business days of silence before a nudge (default 5)")
    p.add_argument("--repeat-after", type=int, default=7, help="business days before the next nudge (default 7)")
    p.add_argument("--max-follow-ups", type=int, default=2, help="nudges at most per wait (default 2)")
    p.set_defaults(func=_reminders)
    p = sub.add_parser("dashboard", help="serve the what-if notebook as a Voila app on 127.0.0.1")
    _data_options(p, optional=True)
    p.add_argument("--port", type=int, default=8866, help="the port on 127.0.0.1 (default 8866)")
    p.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    p.set_defaults(func=_dashboard)
    p = sub.add_parser("mail", help="read a mailbox (mbox, Takeout, .eml folder, .zip) into an event log CSV to review")
    p.add_argument("mailbox", help="an mbox file, a Google Takeout .mbox, a folder of .eml files, or a .zip of those")
    p.add_argument("--out", default="applications.csv", help="the CSV to write (default applications.csv)")
    p.add_argument(
        "--owner",
        default=None,
        metavar="ADDRESS",
        help="your address(es), comma-separated: your own mail (thank-you notes, follow-ups); "
        "Takeout's Sent label is used without it",
    )
    p.add_argument(
        "--tz",
        default=None,
        metavar="ZONE",
        help="your time zone for the mails' dates, e.g. Europe/Berlin (default: this machine's)",
    )
    p.set_defaults(func=_mail)
    p = sub.add_parser("notebooks", help="copy the notebooks into a folder of yours, with DATA set once")
    p.add_argument("folder", help="the folder to copy the notebooks into (made if needed; existing notebooks kept)")
    p.add_argument("data", nargs="?", help="your tracker: written to FOLDER/offerkit.toml for every notebook")
    p.set_defaults(func=_notebooks)
    p = _data_options(sub.add_parser("report", help="run the notebooks on DATA and write HTML"))
    p.add_argument("--out", default="reports", help="the folder to write index.html and the pages to (default reports)")
    p.add_argument("--show-code", action="store_true", help="keep the notebooks' code in the pages")
    p.add_argument("--anonymize", action="store_true", help="pseudonyms for candidates and companies (for sharing)")
    p.add_argument(
        "--salt",
        default=None,
        help="secret text for --anonymize (same salt, same pseudonyms); without it a random one is made and printed",
    )
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
    except KeyboardInterrupt:
        print("interrupted: the output was left as it was before", file=sys.stderr)
        return 130
    except ModuleNotFoundError as exc:
        root = (exc.name or "").split(".")[0]
        if root in NOTEBOOK_EXTRA:
            print(
                f"error: offerkit {args.command} needs the notebook tools ({root} is not installed): "
                'pip install "offerkit[notebooks]"',
                file=sys.stderr,
            )
            return 2
        return _bug(args, exc)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback for a user; say what happened and where to report it
        return _bug(args, exc)


def _bug(args, exc) -> int:
    print(
        f"error: offerkit could not process {getattr(args, 'data', '') or 'the input'}: {type(exc).__name__}: {exc}. "
        "This is a bug in offerkit: please report it with the file (or an anonymized copy).",
        file=sys.stderr,
    )
    return 3


if __name__ == "__main__":
    sys.exit(main())
