"""A two-hundred-and-fifth mailbox, written as a held-out check after the two-hundred-and-fourth (issue #24).

Siobhan, a policy officer in Canberra, saved her Outlook mail as .eml files.  The Australian Public Service hires in
its own words: an agency's recruitment system acknowledging "your application for the APS 6 Policy Officer
position", a written "work sample test", a "panel interview", "you have been found suitable and placed in a merit
pool" (a wait: an offer may or may not follow), referee checks, "an offer of employment at the APS 6 classification"
and a security clearance after it; a state department on PageUp says "unsuccessful on this occasion".  Negatives:
APSJobs' alerts, the clearance agency's forms, the union's newsletter, her own reply confirming the interview time,
a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.

Its truth first called the department's work sample test and panel interview an interview; after the first read it
is the final round SPEC 3.2 names a "panel interview" (the only round, and the last).
"""

from __future__ import annotations

from pathlib import Path

SIOBHAN = "siobhan.kelly.cbr@outlook.com"
ME = f"Siobhan Kelly <{SIOBHAN}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Department of Climate and Water",
        "applied",
        "2025-02-10",
        "DCW Recruitment <recruitment@dcw.gov.au>",
        "Application received - APS 6 Policy Officer (DCW-0418)",
        "Dear Siobhan,\n\nThank you for your application for the APS 6 Policy Officer position (DCW-0418) with the "
        "Department of Climate and Water. Applications close on 16 February and will then be assessed by the "
        "selection panel.\n\nRegards,\nDCW Recruitment",
        None,
    ),
    (
        "National Disability Support Agency",
        "applied",
        "2025-02-12",
        "NDSA Careers <careers@ndsa.gov.au>",
        "Your application has been submitted",
        "Dear Siobhan,\n\nThank you for applying for the EL1 Assistant Director, Policy role with the National "
        "Disability Support Agency. We will be in touch once shortlisting is complete.\n\nNDSA Careers",
        None,
    ),
    (
        "NSW Department of Education",
        "applied",
        "2025-02-13",
        "NSW Department of Education <noreply@pageuppeople.com>",
        "Application received: Senior Policy Officer",
        "Dear Siobhan,\n\nThank you for your application for the position of Senior Policy Officer (Clerk Grade 9/10) "
        "with the NSW Department of Education.\n\nKind regards,\nTalent Acquisition",
        None,
    ),
    (
        "Department of Climate and Water",
        "onsite",
        "2025-03-03",
        "DCW Recruitment <recruitment@dcw.gov.au>",
        "Invitation to work sample test and interview - DCW-0418",
        "Dear Siobhan,\n\nCongratulations, you have been shortlisted for the APS 6 Policy Officer position. We invite "
        "you to complete a 60-minute written work sample test followed by a panel interview on Tuesday 11 March at "
        "the department's offices in Civic. Please confirm your attendance.\n\nRegards,\nDCW Recruitment",
        None,
    ),
    (
        "NSW Department of Education",
        "rejected",
        "2025-03-05",
        "NSW Department of Education <noreply@pageuppeople.com>",
        "Senior Policy Officer - outcome",
        "Dear Siobhan,\n\nThank you for your interest in the Senior Policy Officer role. Unfortunately, on this "
        "occasion your application has not been successful in progressing to the next stage.\n\nKind regards,\n"
        "Talent Acquisition",
        None,
    ),
    (
        "National Disability Support Agency",
        "interview",
        "2025-03-10",
        "Mark Nguyen <mark.nguyen@ndsa.gov.au>",
        "EL1 Assistant Director - interview",
        "Hi Siobhan,\n\nThanks for your application. The panel would like to invite you to an interview for the EL1 "
        "Assistant Director role on Friday 14 March at 10am via Teams. The panel will be me, Jo Harris and an "
        "independent member from another agency.\n\nKind regards,\nMark Nguyen\nDirector, Policy Design\nNational "
        "Disability Support Agency",
        None,
    ),
    (
        "Department of Climate and Water",
        "reply",
        "2025-03-24",
        "DCW Recruitment <recruitment@dcw.gov.au>",
        "Outcome of selection process - DCW-0418",
        "Dear Siobhan,\n\nThank you for participating in the selection process for the APS 6 Policy Officer position. "
        "We are pleased to advise that you have been found suitable and placed in a merit pool. The merit pool is "
        "valid for 18 months and may be used to fill similar vacancies; an offer of employment may or may not "
        "follow.\n\nRegards,\nDCW Recruitment",
        None,
    ),
    (
        "National Disability Support Agency",
        "rejected",
        "2025-03-28",
        "Mark Nguyen <mark.nguyen@ndsa.gov.au>",
        "RE: EL1 Assistant Director - interview",
        "Hi Siobhan,\n\nThanks again for your time on the 14th. The panel has completed its assessment and, while you "
        "were a strong candidate, you have not been recommended for the role on this occasion. I'm happy to provide "
        "feedback if that would be useful.\n\nKind regards,\nMark",
        None,
    ),
    (
        "Department of Climate and Water",
        "offer",
        "2025-04-08",
        "DCW Recruitment <recruitment@dcw.gov.au>",
        "Offer of employment - APS 6 Policy Officer",
        "Dear Siobhan,\n\nFollowing the merit pool established for DCW-0418, I am pleased to make you an offer of "
        "employment at the APS 6 classification as a Policy Officer in the Water Reform Branch, subject to a Baseline "
        "security clearance. Your letter of offer is attached.\n\nRegards,\nDCW Recruitment",
        None,
    ),
    (
        "Department of Climate and Water",
        "accepted",
        "2025-04-09",
        ME,
        "RE: Offer of employment - APS 6 Policy Officer",
        "Dear DCW Recruitment,\n\nThank you. I accept the offer and have signed and attached the letter of "
        "offer.\n\nKind regards,\nSiobhan Kelly",
        "DCW Recruitment <recruitment@dcw.gov.au>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "APSJobs <noreply@apsjobs.gov.au>",
        "New jobs matching your saved search",
        "alert",
        "APS 6 Policy Officer - Department of Home Affairs - Canberra\nEL1 Policy Adviser - Treasury - Canberra\n"
        "View all jobs on APSJobs.",
    ),
    (
        ME,
        "RE: Invitation to work sample test and interview - DCW-0418",
        "other",
        "Dear DCW Recruitment,\n\nThank you for the invitation. I confirm that I will attend on Tuesday 11 March.\n\n"
        "Kind regards,\nSiobhan Kelly",
    ),
    (
        "AGSVA <clearances@agsva.example>",
        "Baseline clearance: complete your eVetting forms",
        "onboarding",
        "You have been sponsored for a Baseline security clearance. Complete your eVetting forms within 10 days.",
    ),
    (
        "CPSU <news@cpsu.example>",
        "CPSU News: APS pay and conditions update",
        "newsletter",
        "This week: the APS-wide pay offer, flexible work and member meetings.",
    ),
    (
        "Xref Referee <no-reply@xref.example>",
        "Thank you for nominating your referees",
        "other",
        "Your referees have been contacted on behalf of the Department of Climate and Water.",
    ),
    (
        "Aoife Brennan <aoife.brennan@gmail.com>",
        "merit pool??",
        "personal",
        "What does merit pool even mean, did you get it or not?? Drinks Friday to decode it.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+1100",
        clock="09:25:00",
        neg_start="2025-02-09",
        neg_step=9,
        neg_clock="19:20:00",
        tag="twohundredfive",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), SIOBHAN)
