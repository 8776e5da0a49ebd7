"""A post-operative note's reason for the operation tells the state before it: the signs an
"Indication for surgery:" or "Preoperative diagnosis:" line names, and those "before his
ACDF" / "prior to the fusion", are historical. A study's indication, a surgery still to
come and a new problem told after the indication's block are not."""
import datetime as dt

import pytest

NOTE_DATE = dt.date(2026, 3, 2)


POST_OP = ("POST-OP VISIT\nIndication for surgery: right L5 radiculopathy with foot drop.\n\n"
           "Interval history: strength has come back, walking well.")


@pytest.mark.parametrize("text, code", [
    # a surgeon's post-op visit
    (POST_OP, "foot_drop"),
    (POST_OP, "radiculopathy"),
    # an operative report's header
    ("OPERATIVE REPORT\nPreoperative diagnosis: L4-5 stenosis with neurogenic claudication.\n"
     "Procedure: L4-5 laminectomy.", "neurogenic_claudication"),
    # a nurse's summary, the indication under its own header
    ("Surgical indications:\nmyelopathy with hand clumsiness\n\nToday: gait steady.",
     "myelopathy_signs"),
    # the state before a named operation, in the history's prose
    ("Before his ACDF he had hand clumsiness and numbness in both hands.", "myelopathy_signs"),
    ("Before his ACDF he had hand clumsiness and numbness in both hands.", "paresthesia"),
    ("Prior to the L4-5 fusion she had bilateral sciatica.", "radicular_pain"),
])
def test_state_before_the_operation_is_historical(findings_of, text, code):
    assert findings_of(text, NOTE_DATE)[0][code] == {"historical"}


@pytest.mark.parametrize("text, code, assertion", [
    # the indication of a study, not of an operation
    ("Indication: low back pain x 6 weeks, failed PT.", "low_back_pain", "present"),
    ("Indication for MRI: progressive left leg weakness, 4/5 EHL.", "motor_weakness", "present"),
    # the indication's block ends at its blank line: a new problem after it is now
    ("Indication for surgery: cervical myelopathy.\n\nNew problem: numbness in the left hand "
     "for 2 weeks.", "paresthesia", "present"),
    # an operation still to come
    ("Before surgery is considered, she has numbness in both feet and wants to try PT.",
     "paresthesia", "present"),
    ("No prior back surgery.", "prior_spine_surgery", "absent"),
])
def test_look_alikes_keep_their_reading(findings_of, text, code, assertion):
    assert findings_of(text, NOTE_DATE)[0][code] == {assertion}
