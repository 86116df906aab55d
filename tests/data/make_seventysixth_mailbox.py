"""A seventy-sixth mailbox, written as a held-out check after the seventy-fifth's fixes (issue #24).

Tom, a contract DevOps engineer in Bristol, exports Gmail with Takeout.  The UK contract market runs through
agencies: "right to represent" requests, "I've put you forward to the client", "the client would like to
interview", "the client has decided not to progress", a contract offer "at £550 a day, outside IR35"; two agencies
with roles at one client; his own confirmation of the right to represent, his acceptance and his withdrawal from a
second client.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

TOM = "tom.ashworth.devops@gmail.com"
_ME = f"Tom Ashworth <{TOM}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Severn Water (through Harbourside Recruitment: put forward; interview; second stage; a contract offer)
    (
        "Severn Water",
        "applied",
        "2025-11-03",
        "Chloe Bennett <chloe.bennett@harboursiderecruitment.co.uk>",
        "Put forward - DevOps Engineer (contract) - Severn Water",
        "Hi Tom,\n\nThanks for confirming the right to represent. I've put you forward to the client, Severn Water, "
        "for the 6-month DevOps Engineer contract. I'll chase for feedback on Wednesday.\n\nChloe Bennett\nSenior "
        "Consultant, Harbourside Recruitment",
        "sw1",
    ),
    (
        "Severn Water",
        "interview",
        "2025-11-06",
        "Chloe Bennett <chloe.bennett@harboursiderecruitment.co.uk>",
        "Re: Put forward - DevOps Engineer (contract) - Severn Water",
        "Hi Tom,\n\nGood news - Severn Water would like to interview you. They've offered Monday at 11am on Teams with "
        "their platform lead, one hour, mostly technical. Can you do it?\n\nChloe",
        "sw1",
    ),
    (
        "Severn Water",
        "onsite",
        "2025-11-12",
        "Chloe Bennett <chloe.bennett@harboursiderecruitment.co.uk>",
        "Re: Put forward - DevOps Engineer (contract) - Severn Water",
        "Hi Tom,\n\nThey liked you! They'd like you in for a second stage at their Bristol office on Friday: a "
        "face-to-face with the head of infrastructure. It's the final stage.\n\nChloe",
        "sw1",
    ),
    (
        "Severn Water",
        "offer",
        "2025-11-17",
        "Chloe Bennett <chloe.bennett@harboursiderecruitment.co.uk>",
        "Re: Put forward - DevOps Engineer (contract) - Severn Water",
        "Hi Tom,\n\nBrilliant news - Severn Water want to offer you the contract at £550 a day, outside IR35, 6 "
        "months starting 1 December. Shall I confirm?\n\nChloe",
        "sw1",
    ),
    (
        "Severn Water",
        "accepted",
        "2025-11-17",
        _ME,
        "Re: Put forward - DevOps Engineer (contract) - Severn Water",
        "Hi Chloe,\n\nFantastic - yes please, happy to accept. Send the contract over when it's ready.\n\nTom",
        "sw1",
    ),
    # Clifton Insurance (through Westgate Talent: submitted; the client declines to progress)
    (
        "Clifton Insurance",
        "applied",
        "2025-11-04",
        "Raj Mistry <raj@westgatetalent.com>",
        "Submitted: Platform Engineer contract (Clifton Insurance)",
        "Hi Tom,\n\nJust confirming I've submitted your CV to Clifton Insurance for the Platform Engineer contract "
        "(£500-575/day, inside IR35). I'll let you know as soon as I hear.\n\nRaj Mistry\nWestgate Talent",
        "ci1",
    ),
    (
        "Clifton Insurance",
        "rejected",
        "2025-11-11",
        "Raj Mistry <raj@westgatetalent.com>",
        "Re: Submitted: Platform Engineer contract (Clifton Insurance)",
        "Hi Tom,\n\nFeedback from Clifton Insurance: they've decided not to progress your application, as they're "
        "after someone with more Azure. Sorry it's not better news.\n\nRaj",
        "ci1",
    ),
    # Avon Logistics (through Westgate Talent too: his right to represent; an interview; he withdraws)
    (
        "Avon Logistics",
        "applied",
        "2025-11-05",
        _ME,
        "Right to represent - Avon Logistics",
        "Hi Raj,\n\nI confirm that I give Westgate Talent the right to represent me for the Cloud Engineer contract "
        "at Avon Logistics. I have not been submitted to this role by any other agency.\n\nTom Ashworth",
        "al1",
    ),
    (
        "Avon Logistics",
        "interview",
        "2025-11-10",
        "Raj Mistry <raj@westgatetalent.com>",
        "Re: Right to represent - Avon Logistics",
        "Hi Tom,\n\nAvon Logistics want to meet you - they've suggested Thursday 2pm for a video interview with "
        "their CTO. OK?\n\nRaj",
        "al1",
    ),
    (
        "Avon Logistics",
        "withdrew",
        "2025-11-17",
        _ME,
        "Re: Right to represent - Avon Logistics",
        "Hi Raj,\n\nThanks for all your help. I've accepted another contract, so please withdraw me from the Avon "
        "Logistics process.\n\nTom",
        "al1",
    ),
    # Bristol Digital Services (a public body on its own system; a refusal)
    (
        "Bristol Digital Services",
        "applied",
        "2025-11-06",
        "Bristol Digital Services <noreply@bristoldigital.gov.uk>",
        "Application received: Senior DevOps Engineer (ref BDS-0412)",
        "Dear Tom Ashworth,\n\nThank you for applying for Senior DevOps Engineer (ref BDS-0412) at Bristol Digital "
        "Services. The sift will take place after the closing date.\n\nBristol Digital Services Recruitment",
        "bd1",
    ),
    (
        "Bristol Digital Services",
        "rejected",
        "2025-11-20",
        "Bristol Digital Services <noreply@bristoldigital.gov.uk>",
        "Outcome of your application: Senior DevOps Engineer (ref BDS-0412)",
        "Dear Tom Ashworth,\n\nThank you for your application. Unfortunately you have not been successful at the sift "
        "stage on this occasion.\n\nBristol Digital Services Recruitment",
        "bd2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Jobserve <alerts@jobserve.com>",
        "12 new DevOps contracts in the South West",
        "alert",
        "DevOps Engineer - Bristol - £500/day\nPlatform Engineer - Bath - £575/day\nView all",
    ),
    (
        "Sophie Clarke <sophie@apexitrecruitment.co.uk>",
        "DevOps contract - Cardiff - £600/day",
        "outreach",
        "Hi Tom, hope you're well. I have a 6-month DevOps contract in Cardiff, outside IR35. Are you available? "
        "Happy to send the spec.\n\nSophie",
    ),
    (
        "Harbourside Recruitment <timesheets@harboursiderecruitment.co.uk>",
        "Your timesheet portal login",
        "onboarding",
        "Hi Tom,\n\nWelcome aboard! Here's your login for the timesheet portal. Please complete your compliance "
        "checks (right to work, references) before your start date.\n\nHarbourside Compliance",
    ),
    (
        "ContractorUK <newsletter@contractoruk.com>",
        "IR35 news this week",
        "newsletter",
        "The latest on IR35, rates and the contract market. Unsubscribe",
    ),
    (
        "Westgate Talent <jobs@westgatetalent.com>",
        "Hot contracts this week",
        "alert",
        "Cloud Engineer - Avon Logistics\nPlatform Engineer - Clifton Insurance\nSRE - Swindon",
    ),
    (
        "Gemma Ashworth <gemma.ashworth@btinternet.com>",
        "Sunday lunch",
        "personal",
        "Sunday lunch at ours? Tell us about the new contract!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=TOM,
        own_to={
            "Severn Water": "Chloe Bennett <chloe.bennett@harboursiderecruitment.co.uk>",
            "Avon Logistics": "Raj Mistry <raj@westgatetalent.com>",
        },
        offset="+0000",
        clock="14:10:00",
        neg_start="2025-11-04",
        neg_step=3,
        neg_clock="08:00:00",
        tag="seventysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
