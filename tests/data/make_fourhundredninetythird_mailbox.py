"""A four-hundred-and-ninety-third mailbox, written as a held-out check after the four-hundred-and-ninety-second
(issue #24).

Ben Alvarez, an HVAC service technician in Denver, applies through Indeed and on employers' own sites and keeps his
mail in Gmail, exported with Takeout.  The trades write it short: Indeed Apply's "Your application has been
submitted", an employer's message relayed by Indeed ("Service Experts sent you a message: ... a quick phone call
tomorrow"), an iCIMS "Interview Scheduled" with its date and interviewer, a shop's "paid working interview" with a
ride-along, Indeed's "has decided not to move forward with your application", an offer at $32/hr "sign and send back
by Friday", his thanks for the ride-along and his "I accept!".  Negatives: Indeed's alert and its "viewed your
application", a supplier's sale, a trade school, the power bill and his brother.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

BEN = "ben.alvarez.hvac@gmail.com"
ME = f"Ben Alvarez <{BEN}>"
MIKE = "Mike Doran <mdoran@applewoodfixit.example>"
SE = "Service Experts Careers <careers-noreply@icims.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Service Experts",
        "applied",
        "2025-06-02",
        "Indeed Apply <indeedapply@indeed.example>",
        "Indeed Application: HVAC Service Technician",
        "Your application has been submitted. Good luck!\n\nHVAC Service Technician\nService Experts - Denver, CO\n\n"
        "The employer may contact you by email or phone. Track your application status in My Jobs.",
        "t-se",
    ),
    (
        "Applewood",
        "applied",
        "2025-06-03",
        "Applewood Careers <careers@applewoodfixit.example>",
        "We got your application!",
        "Hi Ben,\n\nThanks for applying to Applewood! We received your application for Residential HVAC Technician. "
        "Our hiring team reviews applications every week and will reach out if it's a fit.\n\nThe Applewood Team",
        "t-aw",
    ),
    (
        "One Hour Heating & Air Conditioning",
        "applied",
        "2025-06-04",
        "Indeed Apply <indeedapply@indeed.example>",
        "Indeed Application: HVAC Installer",
        "Your application has been submitted. Good luck!\n\nHVAC Installer\nOne Hour Heating & Air Conditioning - "
        "Lakewood, CO\n\nThe employer may contact you by email or phone. Track your application status in My Jobs.",
        "t-oh",
    ),
    (
        "Service Experts",
        "screen",
        "2025-06-05",
        "Indeed <messages@indeed.example>",
        "New message from Service Experts about HVAC Service Technician",
        'Service Experts sent you a message:\n\n"Hi Ben, thanks for applying. Are you available for a quick phone call '
        'tomorrow at 10am to talk about the role? - Carla, Recruiting"\n\nReply on Indeed',
        "t-se-msg",
    ),
    (
        "Applewood",
        "interview",
        "2025-06-09",
        MIKE,
        "Interview - Residential HVAC Tech",
        "Hi Ben,\n\nThanks for your application. Can you come in Thursday at 7:30am to meet our service manager and do "
        "a ride-along on a couple of calls? It's a paid working interview, about 4 hours.\n\nMike Doran\nRecruiting, "
        "Applewood",
        "t-aw2",
    ),
    (
        "Service Experts",
        "interview",
        "2025-06-10",
        SE,
        "Interview Scheduled: HVAC Service Technician",
        "Dear Ben,\n\nYour interview for HVAC Service Technician has been scheduled.\n\nDate: Friday, June 13\n"
        "Time: 9:00 AM MT\nLocation: 5500 Joliet St, Denver\nInterviewer: Carlos Ruiz, Service Manager\n\n"
        "Service Experts Talent Acquisition",
        "t-se2",
    ),
    (
        "Applewood",
        "thank_you",
        "2025-06-12",
        ME,
        "RE: Interview - Residential HVAC Tech",
        "Hi Mike,\n\nThanks for having me out on the calls today, I really enjoyed working with Tony. Let me know if you "
        "need anything else from me.\n\nBen",
        "t-aw2",
    ),
    (
        "Applewood",
        "offer",
        "2025-06-16",
        MIKE,
        "Offer - Residential HVAC Tech",
        "Hi Ben,\n\nThe team loved working with you. We'd like to offer you the Residential HVAC Technician position at "
        "$32/hr plus commission, starting June 30. Offer letter attached - sign and send back by Friday.\n\nMike",
        "t-aw3",
    ),
    (
        "Applewood",
        "accepted",
        "2025-06-17",
        ME,
        "RE: Offer - Residential HVAC Tech",
        "Hi Mike,\n\nI accept! Signed offer letter attached. See you on the 30th.\n\nBen",
        "t-aw3",
    ),
    (
        "Service Experts",
        "rejected",
        "2025-06-18",
        SE,
        "Update on your application",
        "Dear Ben,\n\nThank you for your interest in Service Experts and for taking the time to interview with us. After "
        "careful consideration, we have decided to move forward with other candidates whose experience more closely "
        "matches our current needs.\n\nService Experts Talent Acquisition",
        "t-se3",
    ),
    (
        "One Hour Heating & Air Conditioning",
        "rejected",
        "2025-06-20",
        "Indeed <noreply@indeed.example>",
        "Update on your HVAC Installer application",
        "Thank you for your interest in the HVAC Installer position at One Hour Heating & Air Conditioning in "
        "Lakewood, CO. Unfortunately, One Hour Heating & Air Conditioning has decided not to move forward with your "
        "application at this time.\n\nKeep searching on Indeed.",
        "t-oh2",
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "HVAC Technician jobs in Denver, CO",
        "alert",
        "HVAC Technician - Aurora, CO - $28-36/hr. Service Tech - Littleton, CO. See all jobs.",
    ),
    (
        "Indeed <noreply@indeed.example>",
        "An employer viewed your application",
        "viewed",
        "Good news! Service Experts viewed your application for HVAC Service Technician.",
    ),
    (
        "Ferguson HVAC <deals@ferguson.example>",
        "Summer tool sale - 25% off",
        "shop",
        "Gauges, vacuum pumps and more. Unsubscribe.",
    ),
    (
        "Emily Griffith Technical College <info@egtc.example>",
        "Get your EPA 608 certification - enroll now",
        "newsletter",
        "Classes start July 7. Unsubscribe.",
    ),
    (
        "Xcel Energy <billing@xcelenergy.example>",
        "Your bill is ready",
        "other",
        "Your June bill is ready to view.",
    ),
    (
        "Luis Alvarez <luis.alvarez@gmail.example>",
        "rockies",
        "personal",
        "got 2 tix for saturday, you in?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=BEN,
        own_to={"Applewood": MIKE},
        offset="-0600",
        clock="16:05:00",
        neg_start="2025-06-01",
        neg_step=4,
        neg_clock="21:15:00",
        tag="fourhundredninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
