"""How many of the written mailboxes read differently when their mail is sent the way other programs send it.

Each rewrite changes every corpus's mail as another writer's mail program or server would (wrapped plain text,
a tag before the subject, a signature's title, a legal notice, a List-Unsubscribe header, a second copy in another
mbox file); a reading that does not depend on the writer's program reads the same.  Prints, per rewrite, the
corpora whose events read differently, and their count (issue #24).

Run: python scripts/mail_rewrites.py [REWRITE ...]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data"))

import mail_score  # noqa: E402

from offerkit._io.mailbox import read_mailbox  # noqa: E402

NOTICE = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information. If you are not the intended recipient, "
    "please contact the sender by reply e-mail and destroy all copies of the original message."
)
FOOTER = (
    "\n\nYou are receiving this email because you applied for a job with us. Unsubscribe | Privacy Policy\n"
    "© 2025 All rights reserved. 100 Main Street, Suite 400, Springfield, IL 62701"
)
REWRITES = {
    "wrapped at 72": mail_score.rewrapped,
    "[EXTERNAL] subjects": mail_score.tagged,
    "recruiter's title": lambda m: mail_score.signed(m, "\n\nSenior Talent Acquisition Partner\n+1 (555) 010-2233"),
    "we're hiring": lambda m: mail_score.signed(m, "\n\nWe're hiring! See all our open roles on our careers page."),
    "legal notice": lambda m: mail_score.signed(m, NOTICE),
    "mailing footer": lambda m: mail_score.signed(m, FOOTER),
    "equal opportunity footer": lambda m: mail_score.signed(m, mail_score.EQUAL_OPPORTUNITY),
    "careers app footer": lambda m: mail_score.signed(m, mail_score.CAREERS_APP),
    "candidate survey footer": lambda m: mail_score.signed(m, mail_score.SURVEY_FOOTER),
    "a recruiter's scheduling link": lambda m: mail_score.signed(m, mail_score.SCHEDULING_LINK, who="people"),
    "a recruiter's line of parts": lambda m: mail_score.signed(m, mail_score.PARTS_LINE, who="people"),
    "a portal's bar of links": mail_score.headed,
    "an unsubscribe line in a system's mail": lambda m: mail_score.signed(
        m, mail_score.UNSUBSCRIBE_LINE, who="systems"
    ),
    "List-Unsubscribe": mail_score.unsubscribable,
    "quoted by Outlook in other languages": mail_score.quoting,
    "HTML reply quoting by Gmail": mail_score.html_quoting,
    "an HTML template": mail_score.html_templated,
    "a plain stub beside the HTML": mail_score.plain_stubbed,
    "a job description attached": mail_score.attached,
    "a benefits overview attached": lambda m: mail_score.attached(m, "2025 Benefits Overview.pdf"),
    "Windows line ends": mail_score.crlf,
    "a system's display name": mail_score.renamed,
    "encoded headers": mail_score.encoded_headers,
    "Last, First names": mail_score.surnames_first,
    "undisclosed recipients": mail_score.undisclosed,
    "other Date forms": mail_score.redated,
    "second copy": None,  # every employer's mail also in a second mbox file
}


def _read(corpus, msgs, folder):
    if msgs is None:  # the second copy: the export and the employers' mail again, in two files
        msgs = corpus.messages()
        mail_score.write_mbox(folder / "Inbox.mbox", msgs)
        mail_score.write_mbox(folder / "Important.mbox", [(m, t) for m, t in msgs if t[0] != "skip"])
        return mail_score.score(read_mailbox(folder, tz="UTC"), msgs)
    return mail_score.score(read_mailbox(corpus.build(folder, msgs), tz="UTC"), msgs)


def _outcome(task):
    """``(module, (wrong, missed))`` of one corpus read as written (``rewrite`` None) or under one rewrite."""
    import importlib

    module, name = task
    corpus = importlib.import_module(module)
    msgs = corpus.messages()
    with tempfile.TemporaryDirectory() as tmp:
        if name is None:
            got = _read(corpus, msgs, Path(tmp) / "a")
        else:
            rewrite = REWRITES[name]
            got = _read(corpus, rewrite(msgs) if rewrite else None, Path(tmp) / "b")
    return module, (got["wrong"], got["missed"])


def main(names, workers=2):
    """Each corpus is read as written once, then under each rewrite, on ``workers`` processes (the readings are
    independent: the same results as one after another, in about half the time on two cores)."""
    from concurrent.futures import ProcessPoolExecutor

    corpora = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "tests" / "data").glob("make_*_mailbox.py"))
    with ProcessPoolExecutor(workers) as pool:
        plain = dict(pool.map(_outcome, [(m, None) for m in corpora], chunksize=8))
        for name in names or list(REWRITES):
            got = dict(pool.map(_outcome, [(m, name) for m in corpora], chunksize=8))
            changed = [m[len("make_") : -len("_mailbox")] for m in corpora if got[m] != plain[m]]
            print(f"{name}: {len(changed)} of {len(corpora)} read differently {changed if changed else ''}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
