"""w18a: a report's note that one study shows something better than another ("MRI is more
sensitive for cauda equina compression") names neither a study done nor a diagnosis made;
a study's age said with "is more than" stays a study done. New sentences written for these
tests."""


def test_more_sensitive_for_a_diagnosis_is_no_diagnosis(assertions_of):
    text = ("IMPRESSION: Mild facet arthropathy. MRI is more sensitive for cauda equina "
            "compression if there is clinical concern.\n")
    assert "present" not in assertions_of(text, "cauda_equina_syndrome")
    text = "Impression: no displaced fracture. MRI would be far more sensitive for occult fracture.\n"
    assert "present" not in assertions_of(text, "spinal_fracture")
    assert "present" not in assertions_of(text, "prior_mri")
    text = "Note: MR is much more specific for discitis-osteomyelitis.\n"
    assert "present" not in assertions_of(text, "spinal_infection")


def test_look_alikes_keep_their_reading(assertions_of):
    # a study's age: the MRI was done
    assert assertions_of("His last lumbar MRI is more than 3 years old and showed an L5-S1 "
                         "protrusion.\n", "prior_mri") == {"present"}
    # a diagnosis stated outright in the same report
    assert assertions_of("IMPRESSION: Large L4-5 extrusion with cauda equina compression.\n",
                         "cauda_equina_syndrome") == {"present"}
