"""Assertions as a UR nurse reads them (contract §4, corpora/ANNOTATION.md)."""

import pytest


# The pitfalls of clinical notes, each in a short realistic sentence.
PITFALLS = [
    # templated ROS negatives
    ("ROS: denies fever, chills, weight loss, saddle anesthesia, bowel or bladder incontinence.",
     "saddle_anesthesia", {"absent"}),
    ("ROS: denies fever, chills, weight loss, saddle anesthesia, bowel or bladder incontinence.",
     "fever", {"absent"}),
    ("Negative for fever, night sweats, saddle numbness or urinary retention.",
     "bladder_dysfunction", {"absent"}),
    # negation stops at but / however / a new line
    ("Denies weakness but reports numbness in the left foot.", "paresthesia", {"present"}),
    ("No saddle anesthesia; however he has new urinary retention.", "bladder_dysfunction",
     {"present"}),
    ("Denies bowel/bladder changes\nFoot drop on the left", "foot_drop", {"present"}),
    # pseudo-negations
    ("No change in his foot drop since last visit.", "foot_drop", {"present"}),
    ("Cannot rule out cauda equina syndrome.", "cauda_equina_syndrome", {"possible"}),
    ("Completed 6 weeks of PT with no improvement.", "physical_therapy", {"present"}),
    # uncertainty
    ("Concern for cauda equina.", "cauda_equina_syndrome", {"possible"}),
    ("r/o discitis", "spinal_infection", {"possible"}),
    # historical vs past facts that still hold
    ("Foot drop in 2015, resolved.", "foot_drop", {"historical"}),
    ("s/p L4-5 laminectomy 2019.", "prior_spine_surgery", {"present"}),
    ("History of breast cancer, in remission.", "malignancy", {"present"}),
    # hypothetical
    ("Return to the ED if you develop numbness in the groin.", "saddle_anesthesia",
     {"hypothetical"}),
    ("Will start PT next week.", "physical_therapy", {"hypothetical"}),
    ("Consider ESI if no improvement.", "epidural_steroid_injection", {"hypothetical"}),
    ("Plan:\n- Physical therapy 2x/week for 6 weeks", "physical_therapy", {"hypothetical"}),
    ("Plan:\n- Continue physical therapy", "physical_therapy", {"present"}),
    # family
    ("Mother had breast cancer.", "malignancy", {"family"}),
    # a relative who opens the sentence is its subject to the end
    ("Mother had a \"bad back\" and had surgery for a herniated disc.", "disc_herniation",
     {"family"}),
    ("Her father had lumbar spinal stenosis and a fusion in his 60s.", "spinal_stenosis",
     {"family"}),
    ("Father reports she has been sitting out of practice for low back pain.",
     "low_back_pain", {"present"}),
    # resuming a therapy is having had it; a condition imaging will confirm is uncertain
    ("Plan:\n- Resume HEP.", "home_exercise_program", {"present"}),
    ("Plan: Brace if MRI confirms pars fracture.", "spondylolysis", {"possible"}),
    ("Family History:\nFather - lung cancer, diabetes", "malignancy", {"family"}),
    ("FAMILY HISTORY:\n\nMother - breast cancer.\n\nSOCIAL HISTORY: nonsmoker",
     "malignancy", {"family"}),
    # a one-line FH block ends at the blank line: an unrecognised header after it is no
    # family history
    ("FH: father - lung cancer.\n\nExam today (in person): Hip flexors 4/5 bilat.",
     "motor_weakness", {"present"}),
    # OCR'd and bulleted headers
    ("HPI: back pain\n0: Afebrile. Hip flexors 4/5 bilat.", "fever", {"absent"}),
    ("HPI: back pain x 3 wks.\n- Plan: PT 2x/wk x 6 wks", "physical_therapy", {"hypothetical"}),
    # ED notes: given in the ED is present, the discharge plan is planned
    ("ED course: ketorolac 30 mg IM, improved.\n\nDischarge plan:\n- Naproxen 500 mg BID",
     "nsaid", {"present", "hypothetical"}),
    # normal findings stated positively are absent
    ("Strength 5/5 throughout. Reflexes 2+ and symmetric. Sensation intact to light touch.",
     "motor_weakness", {"absent"}),
    ("Strength 5/5 throughout. Reflexes 2+ and symmetric. Sensation intact to light touch.",
     "reflex_abnormality", {"absent"}),
    ("Afebrile.", "fever", {"absent"}),
    # a leading "?" and a differential header are uncertainty
    ("? early foot drop on the left", "foot_drop", {"possible"}),
    ("Assessment: ? L5 radiculopathy", "radiculopathy", {"possible"}),
    ("A: Recurrent L S1 radicular pain, s/p microdiscectomy. ? recurrent HNP.",
     "disc_herniation", {"possible"}),
    ("DDx: discitis (less likely with normal labs), spondylolysis, neoplasm.", "malignancy",
     {"possible"}),
    ("DDx: discitis (less likely with normal labs), spondylolysis, neoplasm.", "spinal_infection",
     {"possible"}),
    # "vs" reaches both sides of itself
    ("Impression: carpal tunnel syndrome vs cervical radiculopathy.", "radiculopathy",
     {"possible"}),
    ("r/o C5-6 HNP vs foraminal stenosis", "spinal_stenosis", {"possible"}),
    # a bounded scope is cut by a terminator inside it (medspaCy's overlap test missed this)
    ("She asks whether she needs an MRI because her sister had a herniated disc.",
     "disc_herniation", {"family"}),
    # a backward negation stays in its clause
    ("Lumbar stenosis with neurogenic claudication, vascular claudication excluded.",
     "neurogenic_claudication", {"present"}),
    ("L1 burst fracture, neurologically intact.", "spinal_fracture", {"present"}),
    # a dash after a suspected diagnosis introduces its evidence
    ("Suspected cauda equina syndrome - saddle anesthesia, urinary retention.",
     "saddle_anesthesia", {"present"}),
    ("Suspected cauda equina syndrome - saddle anesthesia, urinary retention.",
     "cauda_equina_syndrome", {"possible"}),
    # a negation opened in parentheses ends with them
    ("Prednisone burst 7/2025 (no lasting help), meloxicam 15 daily since July.", "nsaid",
     {"present"}),
    # a trigger's last word that begins a target is given up to it ("no acute" + "acute
    # fracture")
    ("XR L-spine: no acute fracture.", "spinal_fracture", {"absent"}),
    # the source of a finding is not denied with it
    ("DM2 - no polyneuropathy on NCS.", "peripheral_neuropathy", {"absent"}),
    # a relative who brings the patient is not the one with the finding
    ("10 yo M brought by his mother for low back pain x 6 wks.", "low_back_pain", {"present"}),
    ("Mother gives ibuprofen 200 mg with relief.", "nsaid", {"present"}),
    # "return to work" is a goal, not a return precaution
    ("Unable to return to full duty at work.", "functional_impairment", {"present"}),
    # avoiding an activity is activity modification; advised today, it is not yet followed
    # (ANNOTATION "advice handed over today has not been tried yet": hypothetical; dev gold
    # d770, d855, e394; mend38a)
    ("Advised to avoid heavy lifting and bending.", "activity_modification", {"hypothetical"}),
    ("Has not started PT yet.", "physical_therapy", {"absent"}),
    ("She hasn't started physical therapy.", "physical_therapy", {"absent"}),
    # in the Plan, a therapy already tried is history, not a plan
    ("A/P: R C6 radiculopathy, EMG-confirmed, failed 8 wks PT + NSAID, steroid, gabapentin.",
     "physical_therapy", {"present"}),
    ("A/P: R C6 radiculopathy, EMG-confirmed, failed 8 wks PT + NSAID, steroid, gabapentin.",
     "neuropathic_agent", {"present"}),
    ("Assessment and Plan:\n1. Stenosis, progressive despite PT, HEP and acetaminophen.",
     "home_exercise_program", {"present"}),
    ("Plan:\n- Candidate for L L3-4 TFESI after imaging.", "epidural_steroid_injection",
     {"hypothetical"}),
    ("Plan:\n- R C5-6 TFESI vs ILESI after MRI", "epidural_steroid_injection", {"hypothetical"}),
    ("Plan:\n- AFO fitted for safety.", "activity_modification", {"present"}),
    # a conditional diagnosis is uncertain, not planned
    ("Spine surgery consult if fracture.", "spinal_fracture", {"possible"}),
    ("Plan: start teriparatide after MRI if no malignancy.", "malignancy", {"possible"}),
    # a planned test is no result
    ("Recommend MD consider EMG.", "abnormal_emg", None),
    # a list's negation does not turn a normal finding round
    ("ROS: no fever, weight stable.", "unexplained_weight_loss", {"absent"}),
    # "if weakness persists": hypothetical for that mention (R9, contract46); the exam's grade
    # is the present one
    ("Exam: R biceps 4/5.\nPlan: spine surgery referral if weakness persists",
     "motor_weakness", {"present", "hypothetical"}),
    ("Return to the ED if weakness develops.", "motor_weakness", {"hypothetical"}),
    # a plan verb speaks of the test, not of the symptom it is for
    ("PLAN: MRI cervical spine, expedited given progressive weakness.", "symptom_progression",
     {"present"}),
    ("Order MRI L-spine for radicular pain.", "radicular_pain", {"present"}),
    ("TLSO to be fitted per spine.", "activity_modification", {"hypothetical"}),
    ("She asks whether she needs an MRI.", "prior_mri", None),
    ("Plan:\n- PT referral 2x/wk x 6 wks, with HEP", "home_exercise_program", {"hypothetical"}),
    # a study reported negative was done
    ("CT C-spine neg per pt.", "prior_ct", {"present"}),
    ("EMG negative.", "abnormal_emg", {"absent"}),
    # rule-out lists, risk, and a comparison with old films
    ("Cannot rule out recurrent stenosis at L4-5 or adjacent-segment stenosis at L3-4.",
     "spinal_stenosis", {"possible"}),
    ("Neck pain in AS - high risk for occult unstable fracture.", "spinal_fracture",
     {"possible"}),
    ("A/P: Neck pain after a fall in AS - high risk for occult unstable (\"chalk-stick\") "
     "fracture.", "spinal_fracture", {"possible"}),
    # referral forms: "Field: No" at the end of a line
    ("Conservative treatment:\n  Chiropractic: No\n  Epidural injection: No\n"
     "  NSAIDs: Yes - meloxicam 15 mg", "chiropractic_care", {"absent"}),
    ("Conservative treatment:\n  Chiropractic: No\n  Epidural injection: No\n"
     "  NSAIDs: Yes - meloxicam 15 mg", "epidural_steroid_injection", {"absent"}),
    ("Conservative treatment:\n  Chiropractic: No\n  Epidural injection: No\n"
     "  NSAIDs: Yes - meloxicam 15 mg", "nsaid", {"present"}),
    ("Red flags:\n  Cauda equina symptoms: No\n  History of cancer: No\n", "malignancy",
     {"absent"}),
    ("XR: no fracture.", "spinal_fracture", {"absent"}),
    # "+"/"-" item lists; a bullet is no "-"
    ("ROS: + urinary hesitancy, + saddle numbness. - fever, - weight loss.", "fever",
     {"absent"}),
    ("ROS: + urinary hesitancy, + saddle numbness. - fever, - weight loss.",
     "saddle_anesthesia", {"present"}),
    ("Plan:\n- Naproxen 500 mg BID", "nsaid", {"hypothetical"}),
    # leaving therapy is having had it
    ("Plan: Discharge from PT. Continue HEP.", "physical_therapy", {"present"}),
    # "given" after a treatment says it was given; "given X" names a reason
    ("Plan:\n- Toradol 30 mg IM given in clinic.", "nsaid", {"present"}),
    ("PLAN: MRI cervical spine, expedited given progressive weakness.", "motor_weakness",
     {"present"}),
    # "without contrast" denies nothing
    ("Outside MRI done without IV contrast shows L4-5 foraminal stenosis.", "spinal_stenosis",
     {"present"}),
    # a treatment discussed or offered is weighed, not given
    ("L5-S1 TFESI discussed; she will think about it.", "epidural_steroid_injection",
     {"hypothetical"}),
    ("Physical therapy was offered.", "physical_therapy", {"hypothetical"}),
    # what the patient read or fears is no finding of his
    ("Came in because he read online about cauda equina.", "cauda_equina_syndrome",
     {"hypothetical"}),
    ("XR T/L-spine: new T12 compression fracture, 40% height loss vs 2024 films.",
     "spinal_fracture", {"present"}),
    ("1. Suspected L2-3 discitis/vertebral osteomyelitis.", "spinal_infection", {"possible"}),
    # pseudo-negations of function and of support
    ("Unable to walk without 2-person assist.", "functional_impairment", {"present"}),
    ("Radiculopathy not supported by exam/EMG.", "radiculopathy", {"absent"}),
    ("N0 fecal incontinence.", "bowel_dysfunction", {"absent"}),
    ("Pt developed neck pain in April without trauma, followed within a week by pain radiating "
     "down the R arm.", "radicular_pain", {"present"}),
    # "with suspected B": the hedge reaches forward only
    ("IMPRESSION: Progressive cervical myelopathy with suspected multilevel stenosis.",
     "myelopathy_signs", {"present"}),
    ("IMPRESSION: Progressive cervical myelopathy with suspected multilevel stenosis.",
     "spinal_stenosis", {"possible"}),
    # the patient's setting is not hedged with the diagnosis
    ("Suspected discitis with possible epidural abscess in immunosuppressed host.",
     "immunosuppression", {"present"}),
    ("Suspected discitis with possible epidural abscess in immunosuppressed host.",
     "spinal_infection", {"possible"}),
    # imaging to tell two diagnoses apart; a protocol named for a diagnosis
    ("- MRI L-spine (spondylolysis protocol) to distinguish stress reaction from pars defect",
     "spondylolysis", {"possible"}),
    ("Radiculopathy not supported by exam/EMG.", "abnormal_emg", {"absent"}),
    # a denied family history is no finding at all
    ("No family history of cancer.", "malignancy", None),
    ("Family History: negative for malignancy or spine disease.", "malignancy", None),
    # a long history of a symptom is the symptom now
    ("10-year history of low back pain, worse for 3 weeks.", "low_back_pain", {"present"}),
    ("Long history of sciatica, now worse.", "radicular_pain", {"present"}),
    ("History of sciatica in 2019, resolved with PT.", "radicular_pain", {"historical"}),
    # a suspected metastasis in known cancer is that cancer
    ("H/o breast cancer 2021, now with new thoracic pain - concerning for osseous metastatic "
     "disease.", "malignancy", {"present"}),
]


# Short sentences in the wording of real notes, one per assertion a code can take: the
# everyday cases that must not regress while the pitfalls above are fixed.
EVERYDAY = [
    ("Patient denies any bowel or bladder incontinence, saddle anesthesia or lower extremity weakness.",
     "bowel_dysfunction", {"absent"}),
    ("Patient denies any bowel or bladder incontinence, saddle anesthesia or lower extremity weakness.",
     "saddle_anesthesia", {"absent"}),
    ("Patient denies any bowel or bladder incontinence, saddle anesthesia or lower extremity weakness.",
     "bladder_dysfunction", {"absent"}),
    ("No fevers, chills, night sweats or unintentional weight loss.",
     "unexplained_weight_loss", {"absent"}),
    ("No fevers, chills, night sweats or unintentional weight loss.",
     "fever", {"absent"}),
    ("ROS: Constitutional: negative for fever, weight loss. GU: negative for incontinence.",
     "fever", {"absent"}),
    ("He reports numbness and tingling in the left foot but denies weakness.",
     "paresthesia", {"present"}),
    ("He reports numbness and tingling in the left foot but denies weakness.",
     "motor_weakness", {"absent"}),
    ("Neuro: strength 5/5 bilateral lower extremities except 4/5 left EHL.",
     "motor_weakness", {"present"}),
    ("DTRs 2+ and symmetric at patella, absent at the left Achilles.",
     "reflex_abnormality", {"present"}),
    ("Straight leg raise positive on the left at 30 degrees, negative on the right.",
     "positive_straight_leg_raise", {"present"}),
    ("Negative straight leg raise bilaterally.",
     "positive_straight_leg_raise", {"absent"}),
    ("No clonus. Hoffmann sign negative bilaterally.",
     "upper_motor_neuron_signs", {"absent"}),
    ("Gait is normal. Able to heel and toe walk.",
     "gait_abnormality", {"absent"}),
    ("Sensation is intact to light touch in all dermatomes.",
     "dermatomal_sensory_loss", {"absent"}),
    ("Decreased sensation to light touch over the lateral left foot.",
     "dermatomal_sensory_loss", {"present"}),
    ("She has tried ibuprofen and naproxen without relief.",
     "nsaid", {"present"}),
    ("He completed 6 weeks of physical therapy with minimal improvement.",
     "physical_therapy", {"present"}),
    ("Patient has not had any physical therapy.",
     "physical_therapy", {"absent"}),
    ("She never tried chiropractic care.",
     "chiropractic_care", {"absent"}),
    ("He was previously on gabapentin, stopped due to sedation.",
     "neuropathic_agent", {"present"}),
    ("Plan: Start gabapentin 300 mg qhs.",
     "neuropathic_agent", {"hypothetical"}),
    ("Plan: Refer to physical therapy 2-3x/week for 6 weeks.",
     "physical_therapy", {"hypothetical"}),
    ("Discussed surgical options including L4-5 microdiscectomy.",
     "intervention_planned", {"present"}),
    ("Patient instructed to go to the ER immediately if she develops bowel or bladder incontinence.",
     "bladder_dysfunction", {"hypothetical"}),
    ("Patient instructed to go to the ER immediately if she develops bowel or bladder incontinence.",
     "bowel_dysfunction", {"hypothetical"}),
    ("Return precautions reviewed: saddle numbness, urinary retention, progressive weakness.",
     "saddle_anesthesia", {"hypothetical"}),
    ("Return precautions reviewed: saddle numbness, urinary retention, progressive weakness.",
     "bladder_dysfunction", {"hypothetical"}),
    ("History of L5-S1 microdiscectomy in 2018.",
     "prior_spine_surgery", {"present"}),
    ("History of sciatica in 2019 which resolved with PT.",
     "radicular_pain", {"historical"}),
    ("Prior episode of low back pain 5 years ago, resolved.",
     "low_back_pain", {"historical"}),
    ("Remote history of breast cancer, treated with lumpectomy in 2010.",
     "malignancy", {"present"}),
    ("Family history: mother with rheumatoid arthritis, father with prostate cancer.",
     "malignancy", {"family"}),
    ("Her father had lumbar spinal stenosis and required surgery.",
     "spinal_stenosis", {"family"}),
    ("Brother has ankylosing spondylitis.",
     "inflammatory_spondyloarthropathy", {"family"}),
    ("Rule out cauda equina syndrome.",
     "cauda_equina_syndrome", {"possible"}),
    ("Concern for possible epidural abscess given IV drug use and fever.",
     "spinal_infection", {"possible"}),
    ("Concern for possible epidural abscess given IV drug use and fever.",
     "iv_drug_use", {"present"}),
    ("Concern for possible epidural abscess given IV drug use and fever.",
     "fever", {"present"}),
    ("Differential includes lumbar disc herniation versus spinal stenosis.",
     "disc_herniation", {"possible"}),
    ("Differential includes lumbar disc herniation versus spinal stenosis.",
     "spinal_stenosis", {"possible"}),
    ("Probable L5 radiculopathy.",
     "radiculopathy", {"possible"}),
    ("MRI L-spine 1/2025: L4-5 disc herniation with moderate central stenosis.",
     "prior_mri", {"present"}),
    ("MRI L-spine 1/2025: L4-5 disc herniation with moderate central stenosis.",
     "disc_herniation", {"present"}),
    ("X-rays of the lumbar spine were unremarkable.",
     "prior_xray", {"present"}),
    ("No history of cancer, IV drug use or immunosuppression.",
     "malignancy", {"absent"}),
    ("No history of cancer, IV drug use or immunosuppression.",
     "iv_drug_use", {"absent"}),
    ("No history of cancer, IV drug use or immunosuppression.",
     "immunosuppression", {"absent"}),
    ("Denies trauma or fall.",
     "trauma", {"absent"}),
    ("Pain started after lifting a heavy box at work.",
     "trauma", {"present"}),
    ("Pain is 8/10, worse at night and wakes him from sleep.",
     "night_pain", {"present"}),
    ("Pain is 8/10, worse at night and wakes him from sleep.",
     "severe_pain", {"present"}),
    ("Denies night pain.",
     "night_pain", {"absent"}),
    ("She is unable to work due to pain.",
     "functional_impairment", {"present"}),
    ("Symptoms are getting progressively worse despite conservative care.",
     "symptom_progression", {"present"}),
    ("No change in his left foot drop since surgery.",
     "foot_drop", {"present"}),
    ("Foot drop has not improved.",
     "foot_drop", {"present"}),
    ("No improvement in radicular pain with gabapentin.",
     "radicular_pain", {"present"}),
    ("No improvement in radicular pain with gabapentin.",
     "neuropathic_agent", {"present"}),
    ("Not only back pain but also bilateral leg numbness.",
     "paresthesia", {"present"}),
    ("MRI without contrast was ordered.",
     "prior_mri", None),
    ("Patient is a candidate for L4-5 ESI.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("He cannot have an MRI because of his pacemaker.",
     "mri_contraindication", {"present"}),
    ("Diabetes mellitus type 2, well controlled on metformin.",
     "diabetes", {"present"}),
    ("Denies diabetes.",
     "diabetes", {"absent"}),
    ("Assessment: Lumbar radiculopathy, L5, likely due to L4-5 disc herniation.",
     "radiculopathy", {"present"}),
    ("Patient is afebrile.",
     "fever", {"absent"}),
    ("Urinary retention with post-void residual of 600 mL.",
     "bladder_dysfunction", {"present"}),
    ("He has been doing home exercises daily for 8 weeks.",
     "home_exercise_program", {"present"}),
    ("Continue home exercise program.",
     "home_exercise_program", {"present"}),
    ("Patient declined physical therapy.",
     "physical_therapy", {"absent"}),
    ("Ibuprofen is contraindicated due to CKD.",
     "nsaid", {"absent"}),
    ("S: 45M c/o LBP x 8 wks, radiating to L leg. Denies B/B changes.",
     "radicular_pain", {"present"}),
    ("S: 45M c/o LBP x 8 wks, radiating to L leg. Denies B/B changes.",
     "bladder_dysfunction", {"absent"}),
    ("Neg for saddle anesthesia, bowel/bladder dysfunction.",
     "saddle_anesthesia", {"absent"}),
    ("(-) fever, (-) weight loss, (+) night pain",
     "night_pain", {"present"}),
    ("(-) fever, (-) weight loss, (+) night pain",
     "fever", {"absent"}),
    ("Fever: no. Weight loss: no. Night pain: yes.",
     "fever", {"absent"}),
    ("Pt reports pain is better, no longer radiating down the leg.",
     "radicular_pain", {"historical"}),
    ("Previously had numbness in the right foot, now resolved.",
     "paresthesia", {"historical"}),
    ("Status post L4-5 fusion 2020 with good result.",
     "prior_spine_surgery", {"present"}),
    ("PT: attended 12 sessions over 6 weeks, discharged with minimal improvement.",
     "physical_therapy", {"present"}),
    ("Pt has been compliant with HEP for 6 wks.",
     "home_exercise_program", {"present"}),
    ("Failed conservative management including PT, NSAIDs and chiropractic.",
     "chiropractic_care", {"present"}),
    ("Failed conservative management including PT, NSAIDs and chiropractic.",
     "conservative_care_failed", {"present"}),
    ("Assessment/Plan:\n1. L5 radiculopathy - failed 6 wks PT and meloxicam. MRI L-spine ordered.\n2. Continue meloxicam 15 mg daily.",
     "nsaid", {"present"}),
    ("Assessment/Plan:\n1. L5 radiculopathy - failed 6 wks PT and meloxicam. MRI L-spine ordered.\n2. Continue meloxicam 15 mg daily.",
     "physical_therapy", {"present"}),
    ("Plan:\n- Medrol dose pack\n- Cyclobenzaprine 5 mg qhs prn\n- Follow up 4 weeks",
     "oral_steroid", {"hypothetical"}),
    ("Plan:\n- Medrol dose pack\n- Cyclobenzaprine 5 mg qhs prn\n- Follow up 4 weeks",
     "muscle_relaxant", {"hypothetical"}),
    ("If no improvement after 6 weeks of PT, will refer for ESI.",
     "physical_therapy", {"hypothetical"}),
    ("Mother: breast cancer. Father: CAD, DM2.",
     "malignancy", {"family"}),
    ("Mother: breast cancer. Father: CAD, DM2.",
     "diabetes", {"family"}),
    ("Family Hx: DM, HTN. Social: smokes 1 ppd.",
     "diabetes", {"family"}),
    ("Accompanied by daughter, who states he has had new urinary incontinence.",
     "bladder_dysfunction", {"present"}),
    ("Possible L5-S1 disc herniation vs facet arthropathy.",
     "disc_herniation", {"possible"}),
    ("Findings suspicious for metastatic disease at T10.",
     "malignancy", {"possible"}),
    ("MRI 2024 showed no stenosis.",
     "spinal_stenosis", {"absent"}),
    ("MRI 2024 showed no stenosis.",
     "prior_mri", {"present"}),
    ("There is no evidence of fracture or malalignment.",
     "spinal_fracture", {"absent"}),
    ("Spinal stenosis is not likely.",
     "spinal_stenosis", {"absent"}),
    ("Unlikely to be cauda equina; no saddle anesthesia, normal rectal tone.",
     "decreased_rectal_tone", {"absent"}),
    ("Unlikely to be cauda equina; no saddle anesthesia, normal rectal tone.",
     "saddle_anesthesia", {"absent"}),
    ("Rectal tone decreased.",
     "decreased_rectal_tone", {"present"}),
    ("Reflexes: 1+ at left ankle, 2+ elsewhere.",
     "reflex_abnormality", {"present"}),
    ("Babinski: downgoing bilaterally.",
     "upper_motor_neuron_signs", {"absent"}),
    ("Patient is not a candidate for surgery.",
     "intervention_planned", {"absent"}),
    ("Pt is hesitant about surgery but open to ESI.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("Pain 9/10 at its worst, 5/10 currently.",
     "severe_pain", {"present"}),
    ("No radicular symptoms.",
     "radicular_pain", {"absent"}),
    ("No leg pain. Pain is axial only.",
     "radicular_pain", {"absent"}),
    ("Denies numbness, tingling, or weakness in the legs.",
     "paresthesia", {"absent"}),
    ("Able to walk 2 blocks before leg heaviness, relieved by sitting.",
     "neurogenic_claudication", {"present"}),
    ("No history of spine surgery.",
     "prior_spine_surgery", {"absent"}),
    ("Has had no prior injections.",
     "epidural_steroid_injection", {"absent"}),
    ("Tylenol and ibuprofen have not helped.",
     "nsaid", {"present"}),
    ("Pt has been off work since 1/5 due to back pain.",
     "functional_impairment", {"present"}),
    ("No bowel or bladder dysfunction.",
     "bowel_dysfunction", {"absent"}),
    ("Rule out fracture.",
     "spinal_fracture", {"possible"}),
    ("Will obtain flexion-extension x-rays to evaluate for instability.",
     "flexion_extension_instability", None),
    ("Flexion-extension films show 4 mm translation at L4-5.",
     "flexion_extension_instability", {"present"}),
    ("Osteoporosis on alendronate.",
     "osteoporosis", {"present"}),
    ("On prednisone 10 mg daily for RA.",
     "immunosuppression", {"present"}),
    ("Denies IVDU.",
     "iv_drug_use", {"absent"}),
    ("Fell from a ladder 3 days ago.",
     "trauma", {"present"}),
    ("No recent trauma.",
     "trauma", {"absent"}),
    # PT discharge summaries, referral forms and ED notes
    ("PHYSICAL THERAPY DISCHARGE SUMMARY\nVisits: 12\nAssessment: Pt has made minimal progress. Radicular symptoms persist.\nPlan: D/C to HEP. Return to MD.",
     "home_exercise_program", {"present"}),
    ("PHYSICAL THERAPY DISCHARGE SUMMARY\nGoals:\n1. Walk 30 min without leg pain - not met\n2. Independent with HEP - met",
     "home_exercise_program", {"present"}),
    ("REFERRAL FOR IMAGING\nConservative treatment tried: PT 6 wks (failed), NSAIDs (failed), chiropractic (none)\nRed flags: none",
     "physical_therapy", {"present"}),
    ("Red flags: none.",
     "cauda_equina_syndrome", None),
    ("Red flags: denies saddle anesthesia, bowel/bladder incontinence, fever, weight loss.",
     "saddle_anesthesia", {"absent"}),
    ("Neuro deficits: yes - L foot drop",
     "foot_drop", {"present"}),
    ("ED Note\nHPI: 55M with acute LBP after lifting. No saddle anesthesia or urinary retention.\nED Course: Toradol 30 mg IM given with relief.\nDisposition: Discharged home with ibuprofen and cyclobenzaprine.",
     "nsaid", {"present", "hypothetical"}),
    ("Discharge instructions: Return if numbness in the groin, loss of bowel or bladder control, or worsening weakness.",
     "bowel_dysfunction", {"hypothetical"}),
    ("Pt was seen by chiropractor 3x/week for 4 weeks with no relief.",
     "chiropractic_care", {"present"}),
    ("He has been on light duty at work for 3 weeks.",
     "activity_modification", {"present"}),
    ("Pt was given a Medrol dosepak last week with minimal benefit.",
     "oral_steroid", {"present"}),
    # a prescription written at this visit is planned (ANNOTATION "Treatment not yet begun")
    ("Tramadol prescribed today.",
     "analgesic", {"hypothetical"}),
    ("Will prescribe tramadol 50 mg q6h prn.",
     "analgesic", {"hypothetical"}),
    ("Recommend continuing gabapentin.",
     "neuropathic_agent", {"present"}),
    ("Gabapentin was discontinued due to dizziness.",
     "neuropathic_agent", {"present"}),
    ("Recommend L5-S1 TFESI.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("She underwent L4-5 TFESI on 1/10/2026 with 50% relief.",
     "epidural_steroid_injection", {"present"}),
    ("Consider referral to spine surgery if no improvement.",
     "intervention_planned", {"present"}),
    ("Referred to neurosurgery for surgical evaluation.",
     "intervention_planned", {"present"}),
    ("MRI 12/2025 reviewed: L4-5 HNP contacting the L5 nerve root.",
     "prior_mri", {"present"}),
    ("No MRI has been performed.",
     "prior_mri", {"absent"}),
    ("Lumbar x-rays 1/5/2026 negative for fracture.",
     "prior_xray", {"present"}),
    ("Lumbar x-rays 1/5/2026 negative for fracture.",
     "spinal_fracture", {"absent"}),
    ("EMG/NCS 2/2026 showed chronic L5 radiculopathy.",
     "abnormal_emg", {"present"}),
    ("Pacemaker in place - MRI not possible.",
     "mri_contraindication", {"present"}),
    ("No pacemaker or metal implants.",
     "mri_contraindication", {"absent"}),
    ("Telehealth visit; no physical exam performed.",
     "in_person_exam", {"absent"}),
    ("Sciatica down the left leg for 3 weeks, worse with sitting.",
     "radicular_pain", {"present"}),
    # pain referred to the buttock that stops above the knee denies the radiation (dev gold
    # d165, d243, d258, d443, d468, d500 read it absent; assert21b)
    ("Pain radiates to the right buttock but not below the knee.",
     "radicular_pain", {"absent"}),
    ("Weakness: denies. Numbness: reports left foot numbness.",
     "paresthesia", {"present"}),
    ("Weakness: denies. Numbness: reports left foot numbness.",
     "motor_weakness", {"absent"}),
    ("Strength: 4/5 L ankle dorsiflexion, otherwise 5/5.",
     "motor_weakness", {"present"}),
    ("Reflexes: absent L Achilles.",
     "reflex_abnormality", {"present"}),
    ("Hyperreflexia in bilateral lower extremities with sustained clonus.",
     "upper_motor_neuron_signs", {"present"}),
    ("He has trouble buttoning shirts.",
     "myelopathy_signs", {"present"}),
    ("No Lhermitte's sign.",
     "myelopathy_signs", {"absent"}),
    ("Patient reports urinary incontinence x 2 days.",
     "bladder_dysfunction", {"present"}),
    ("Urinary frequency but no incontinence or retention.",
     "bladder_dysfunction", {"absent"}),
    ("Erectile dysfunction since the onset of back pain.",
     "sexual_dysfunction", {"present"}),
    ("Had cancer in 2010 (colon), in remission.",
     "malignancy", {"present"}),
    ("On methotrexate and prednisone for RA.",
     "immunosuppression", {"present"}),
    ("Type 2 DM on insulin.",
     "diabetes", {"present"}),
    ("T12 compression fracture seen on CT.",
     "spinal_fracture", {"present"}),
    ("Grade 1 anterolisthesis L4 on L5.",
     "spondylolisthesis", {"present"}),
    ("Moderate central canal stenosis at L4-5 on MRI.",
     "spinal_stenosis", {"present"}),
    ("Possible pars defect at L5.",
     "spondylolysis", {"possible"}),
    ("ESR 65, CRP 8.2 (elevated).",
     "elevated_inflammatory_markers", {"present"}),
    ("ESR and CRP normal.",
     "elevated_inflammatory_markers", {"absent"}),
    ("Temp 101.2 F.",
     "fever", {"present"}),
    ("Lost 15 lbs in 2 months without trying.",
     "unexplained_weight_loss", {"present"}),
    ("Weight stable.",
     "unexplained_weight_loss", {"absent"}),
    ("Pain wakes her at night.",
     "night_pain", {"present"}),
    ("Pain is 6/10 today.",
     "severe_pain", None),
    ("Pain is severe, 10/10.",
     "severe_pain", {"present"}),
    ("Symptoms have worsened over the past 2 weeks.",
     "symptom_progression", {"present"}),
    ("Symptoms are stable.",
     "symptom_progression", {"absent"}),
    # history, stopped and untried treatments, conditions, normal exams, relatives
    ("He had a similar episode of sciatica 3 years ago that resolved with PT.",
     "radicular_pain", {"historical"}),
    ("Previous MRI in 2021 showed L4-5 disc bulge.",
     "prior_mri", {"present"}),
    ("She had foot drop after her 2018 surgery which has since resolved.",
     "foot_drop", {"historical"}),
    ("Numbness in the L foot, which has been present since the fall.",
     "paresthesia", {"present"}),
    ("No longer taking gabapentin.",
     "neuropathic_agent", {"present"}),
    ("Stopped ibuprofen due to GI upset.",
     "nsaid", {"present"}),
    ("Pt denies use of NSAIDs.",
     "nsaid", {"absent"}),
    ("Never had PT for this.",
     "physical_therapy", {"absent"}),
    ("No PT yet.",
     "physical_therapy", {"absent"}),
    ("PT has not been tried.",
     "physical_therapy", {"absent"}),
    ("Has not yet seen a chiropractor.",
     "chiropractic_care", {"absent"}),
    ("Declined PT because of cost.",
     "physical_therapy", {"absent"}),
    ("Pt states PT made his pain worse.",
     "physical_therapy", {"present"}),
    ("Unable to tolerate PT due to pain.",
     "physical_therapy", {"present"}),
    ("Plan: MRI lumbar spine. If positive for HNP, refer to spine surgery.",
     "disc_herniation", {"possible"}),
    ("Await MRI before deciding on ESI.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("Cauda equina syndrome was ruled out by MRI in the ED.",
     "cauda_equina_syndrome", {"absent"}),
    ("MRI ruled out cord compression.",
     "cauda_equina_syndrome", None),
    ("Saddle anesthesia: absent.",
     "saddle_anesthesia", {"absent"}),
    ("Saddle anesthesia present.",
     "saddle_anesthesia", {"present"}),
    ("No saddle anesthesia, no urinary retention, but reports new constipation.",
     "bladder_dysfunction", {"absent"}),
    ("Bowel and bladder function intact.",
     "bladder_dysfunction", {"absent"}),
    ("Loss of bladder control x 1 day.",
     "bladder_dysfunction", {"present"}),
    ("Weakness of L ankle dorsiflexion 3/5 is new since last visit.",
     "motor_weakness", {"present"}),
    ("Foot drop improved but persists.",
     "foot_drop", {"present"}),
    ("His L foot drop has resolved.",
     "foot_drop", {"historical"}),
    ("Foot drop resolved; mild residual EHL weakness 4+/5.",
     "motor_weakness", {"present"}),
    ("Patient without focal neurologic deficits.",
     "motor_weakness", None),
    ("SLR: negative bilaterally.",
     "positive_straight_leg_raise", {"absent"}),
    ("Crossed SLR positive.",
     "positive_straight_leg_raise", {"present"}),
    ("Ambulates with a cane due to leg weakness.",
     "gait_abnormality", {"present"}),
    ("Patient walks without assistive device, normal gait.",
     "gait_abnormality", {"absent"}),
    ("She has no history of osteoporosis.",
     "osteoporosis", {"absent"}),
    ("Possible compression fracture on x-ray; recommend MRI.",
     "spinal_fracture", {"possible"}),
    ("Questionable L5 pars defect.",
     "spondylolysis", {"possible"}),
    # a chronic deformity is an ended episode, like ANNOTATION.md's "old T12 compression deformity"
    ("Radiologist read: no acute fracture; chronic L1 compression deformity.",
     "spinal_fracture", {"historical", "absent"}),
    ("Surgery was discussed but the patient prefers conservative care.",
     "intervention_planned", {"present"}),
    ("Will try another 4 weeks of PT before imaging.",
     "physical_therapy", {"hypothetical"}),
    ("Continue HEP and NSAIDs; follow up in 6 weeks.",
     "home_exercise_program", {"present"}),
    ("Continue HEP and NSAIDs; follow up in 6 weeks.",
     "nsaid", {"present"}),
    ("Patient counseled on red flags: saddle anesthesia, incontinence.",
     "saddle_anesthesia", {"hypothetical"}),
    ("If pain worsens or new weakness develops, return to clinic.",
     "motor_weakness", {"hypothetical"}),
    ("Her mother has osteoporosis.",
     "osteoporosis", {"family"}),
    ("Sister with MS.",
     "myelopathy_signs", None),
    ("Grandfather had spinal stenosis surgery.",
     "spinal_stenosis", {"family"}),
    ("Plan: PT on Monday.",
     "physical_therapy", {"hypothetical"}),
    # telegraphic shorthand
    ("LBP w/o radiation.",
     "radicular_pain", None),
    ("LBP w/o radiation to legs.",
     "low_back_pain", {"present"}),
    ("Pt c/o LBP radiating down L leg w/ numbness.",
     "paresthesia", {"present"}),
    ("Neuro: +SLR L @ 40 deg, EHL 4/5 L, DTR 1+ L achilles.",
     "positive_straight_leg_raise", {"present"}),
    ("Neuro: +SLR L @ 40 deg, EHL 4/5 L, DTR 1+ L achilles.",
     "reflex_abnormality", {"present"}),
    ("Neuro intact.",
     "motor_weakness", {"absent"}),
    ("Neg SLR. Neg Hoffmann.",
     "upper_motor_neuron_signs", {"absent"}),
    ("B/B intact.",
     "bowel_dysfunction", {"absent"}),
    ("Denies B/B incontinence or saddle paresthesias.",
     "saddle_anesthesia", {"absent"}),
    ("+ urinary retention, + saddle anesthesia.",
     "bladder_dysfunction", {"present"}),
    ("Hx: DM2, HTN, breast CA (2015, s/p lumpectomy/XRT).",
     "malignancy", {"present"}),
    ("PMHx: HTN, HLD. No hx of CA.",
     "malignancy", {"absent"}),
    ("s/p L4-5 lami 2015.",
     "prior_spine_surgery", {"present"}),
    ("Meds: ibuprofen 800 TID (no relief), flexeril 10 qhs.",
     "nsaid", {"present"}),
    ("Meds: ibuprofen 800 TID (no relief), flexeril 10 qhs.",
     "muscle_relaxant", {"present"}),
    ("Tried: PT x6wks, chiro x4wks, NSAIDs - all w/o relief.",
     "chiropractic_care", {"present"}),
    ("PT x 6 wks w/o improvement.",
     "physical_therapy", {"present"}),
    ("f/u after MRI to discuss ESI vs surgery.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("r/o CES - no saddle anesthesia, normal rectal tone, PVR 50.",
     "cauda_equina_syndrome", {"possible"}),
    ("r/o CES - no saddle anesthesia, normal rectal tone, PVR 50.",
     "saddle_anesthesia", {"absent"}),
    ("? L5 radic vs peroneal neuropathy.",
     "peripheral_neuropathy", {"possible"}),
    ("Imp: L5 radiculopathy 2/2 L4-5 HNP.",
     "disc_herniation", {"present"}),
    ("XR: no fx, mild DDD.",
     "spinal_fracture", {"absent"}),
    ("MRI: L4-5 HNP w/ L5 nerve root impingement.",
     "disc_herniation", {"present"}),
    ("Pain 10/10 at worst, 7/10 now.",
     "severe_pain", {"present"}),
    ("Pt is a 45 yo M who presents w/ 6 wks of LBP after lifting at work.",
     "trauma", {"present"}),
    ("Denies fevers, chills, night sweats, wt loss, IVDU, hx CA.",
     "iv_drug_use", {"absent"}),
    ("Denies fevers, chills, night sweats, wt loss, IVDU, hx CA.",
     "malignancy", {"absent"}),
    ("Denies fevers, chills, night sweats, wt loss, IVDU, hx CA.",
     "unexplained_weight_loss", {"absent"}),
    ("Gait: antalgic.",
     "gait_abnormality", {"present"}),
    ("Tandem gait intact.",
     "gait_abnormality", {"absent"}),
    ("He has been unable to work since the injury.",
     "functional_impairment", {"present"}),
    ("Returned to work full duty.",
     "functional_impairment", {"absent"}),
    # reflexes stated absent, scope ends, onset years vs history
    ("Absent left Achilles reflex.",
     "reflex_abnormality", {"present"}),
    ("Achilles reflexes absent bilaterally.",
     "reflex_abnormality", {"present"}),
    ("No improvement in numbness after PT.",
     "paresthesia", {"present"}),
    ("Numbness has not resolved.",
     "paresthesia", {"present"}),
    ("Without any weakness or numbness.",
     "motor_weakness", {"absent"}),
    ("Negative for weakness. Positive for numbness.",
     "paresthesia", {"present"}),
    ("Negative for weakness. Positive for numbness.",
     "motor_weakness", {"absent"}),
    ("He denies bowel incontinence; however, he notes urinary urgency and incontinence.",
     "bladder_dysfunction", {"present"}),
    ("He denies bowel incontinence; however, he notes urinary urgency and incontinence.",
     "bowel_dysfunction", {"absent"}),
    ("No weakness, although he reports tingling.",
     "paresthesia", {"present"}),
    ("Sensation decreased except over the medial foot.",
     "dermatomal_sensory_loss", {"present"}),
    ("Had sciatica in 2015.",
     "radicular_pain", {"historical"}),
    ("Left foot drop in 2015 after his L4-5 surgery.",
     "foot_drop", {"historical"}),
    ("Prior episode of urinary retention after surgery in 2020.",
     "bladder_dysfunction", {"historical"}),
    ("Back pain began in 2024 and has been constant since.",
     "low_back_pain", {"present"}),
    ("Since 2023 he has had intermittent numbness in the left foot.",
     "paresthesia", {"present"}),
    ("Diagnosed with diabetes in 2015.",
     "diabetes", {"present"}),
    ("Breast cancer in 2012, treated.",
     "malignancy", {"present"}),
    ("L4-5 laminectomy in 2019.",
     "prior_spine_surgery", {"present"}),
    ("Sciatica 5 years ago resolved with PT; current pain is axial only.",
     "radicular_pain", {"absent", "historical"}),
    ("Previously had weakness in the left leg which improved with PT.",
     "motor_weakness", {"historical"}),
    # a sensory loss described as "absent to pinprick" is a finding, not a negation of the
    # finding before it
    ("Sensation decreased in bilateral S1 distribution and absent to pinprick in the perianal "
     "region.", "dermatomal_sensory_loss", {"present"}),
    ("Sensation diminished in the L5 dermatome and absent to light touch over the dorsum of "
     "the foot.", "dermatomal_sensory_loss", {"present"}),
    # a "(-)" or "no:" opening a list denies the whole list, up to the next bracket
    ("(-) fever, chills, saddle anesthesia", "saddle_anesthesia", {"absent"}),
    ("Neuro ROS: (-) saddle anesthesia, bowel/bladder incontinence, weakness",
     "bladder_dysfunction", {"absent"}),
    ("(-) fever, (-) chills, (+) numbness", "paresthesia", {"present"}),
    ("ROS: no: fever, chills, saddle anesthesia, weight loss", "saddle_anesthesia", {"absent"}),
    ("ROS - no: fever, weight loss, bowel or bladder incontinence.", "bowel_dysfunction",
     {"absent"}),
    ("Fever: no. Chills: no.", "fever", {"absent"}),
    # a treatment offered and declined was not done, and is not planned
    ("ESI discussed - pt declines.", "epidural_steroid_injection", {"absent"}),
    ("Offered ESI, which she declined.", "epidural_steroid_injection", {"absent"}),
    ("Offered ESI, which she declined.", "intervention_planned", {"absent"}),
    ("Surgery was offered but patient declined.", "intervention_planned", {"absent"}),
    ("PT was recommended and the patient refused.", "physical_therapy", {"absent"}),
    ("Patient refused PT.", "physical_therapy", {"absent"}),
    ("Tried naproxen and PT - declines injections.", "physical_therapy", {"present"}),
    # "possible X" is X possible; an epidural abscess is no epidural injection
    ("Concern for possible epidural abscess.", "spinal_infection", {"possible"}),
    ("MRI to evaluate for possible epidural abscess.", "intervention_planned", None),
    ("Possible epidural abscess given fever and IVDU.", "epidural_steroid_injection", None),
    # an evolving cauda equina syndrome is the syndrome, suspected
    ("Concern for evolving cauda equina syndrome.", "cauda_equina_syndrome", {"possible"}),
    ("Concern for evolving (incomplete) cauda equina syndrome.", "cauda_equina_syndrome",
     {"possible"}),
    # a date is no motor grade
    ("Meds: oxycodone 5 mg prn (since 5/5).", "motor_weakness", None),
    ("Back pain since 5/5, worse with sitting.", "motor_weakness", None),
    # a problem that ended (a herniation operated on, a healed fracture) is historical when
    # it is history; a chronic condition in the history still holds
    ("h/o L4-5 HNP s/p microdiscectomy 2019, now with new L5 radicular pain.",
     "radicular_pain", {"present"}),
    ("52yo M w/ h/o chronic LBP and L4-5 HNP dx 2021 p/w acute worsening LBP x3d.",
     "disc_herniation", {"present"}),
    ("52yo M w/ h/o chronic LBP and L4-5 HNP dx 2021 p/w acute worsening LBP x3d.",
     "low_back_pain", {"present"}),
    ("Hx of recurrent sciatica, worse this week.", "radicular_pain", {"present"}),
    ("PMH: HTN, GERD, L4-5 HNP 2021", "disc_herniation", {"present"}),
    ("PMH: DM2, HTN, breast cancer 2015, sciatica 2010.", "radicular_pain", {"historical"}),
    ("PMH: DM2, HTN, breast cancer 2015, sciatica 2010.", "malignancy", {"present"}),
    ("Past Medical History:\nType 2 diabetes\nLumbar compression fracture 2012\nKidney stones",
     "spinal_fracture", {"historical"}),
    ("Past Medical History:\nType 2 diabetes\nLumbar compression fracture 2012\nKidney stones",
     "diabetes", {"present"}),
    ("Active problems:\n1. Left L5 radiculopathy\n2. Hypertension", "radiculopathy",
     {"present"}),
    ("Tingling in the foot for 2 weeks after the injury, since resolved.", "trauma",
     {"present"}),
    # "in the past 2 weeks" is how long, not history; "last year", "which went away" are history
    ("Numbness in the left foot in the past 2 weeks.", "paresthesia", {"present"}),
    ("Low back pain over the last 3 months, worse with sitting.", "low_back_pain", {"present"}),
    ("Sciatica worse since last year.", "radicular_pain", {"present"}),
    ("Had numbness in both feet last year which went away.", "paresthesia", {"historical"}),
    ("Foot numbness, which went away after 2 weeks.", "paresthesia", {"historical"}),
    ("Recurrent sciatica, first episode in 2019.", "radicular_pain", {"present"}),
    # a treatment ordered and never begun was not done
    ("PT was prescribed but never attended.", "physical_therapy", {"absent"}),
    ("PT ordered 3 weeks ago, patient has not started yet.", "physical_therapy", {"absent"}),
    ("She never started PT and did not attend chiropractic.", "chiropractic_care", {"absent"}),
    ("Tried naproxen and PT, did not start gabapentin.", "physical_therapy", {"present"}),
    ("Q of spinal stenosis on prior imaging.", "spinal_stenosis", {"possible"}),
    # a differential written as a sentence
    ("DDx incl. epidural hematoma (no anticoag), epidural abscess (afebrile, nl CRP - low "
     "suspicion).", "spinal_infection", {"possible"}),
    ("Differential includes discitis, metastatic disease.", "malignancy", {"possible"}),
    # return precautions written after the findings
    ("Sudden new weakness or bladder changes should prompt an ED visit.",
     "bladder_dysfunction", {"hypothetical"}),
    ("New saddle numbness or fever -> ED.", "saddle_anesthesia", {"hypothetical"}),
    # what a planned study may show is not seen yet
    ("Plan: emergent decompression if the MRI shows compression of the cauda equina.",
     "cauda_equina_syndrome", {"possible"}),
    ("PT if MRI confirms stenosis.", "prior_mri", None),
    ("PT if MRI confirms stenosis.", "spinal_stenosis", {"possible"}),
    ("Surgery if imaging confirms an L4-5 disc herniation.", "disc_herniation", {"possible"}),
    # "Initially ..., now ..." puts the first state in the past
    ("Initially 8/10 pain from the L buttock down the leg, now 3/10.", "severe_pain",
     {"historical"}),
    ("Initially had numbness in the foot, now only back pain.", "paresthesia", {"historical"}),
    # a treatment already taken, named again in the plan, is continued; a new one is planned
    ("Meds: ibuprofen prn.\n\nPlan:\n- Ibuprofen prn.", "nsaid", {"present"}),
    ("Meds: tizanidine 4 mg qhs.\nA/P:\n- Cont HEP, diclofenac (GI ppx w/ omeprazole), "
     "tizanidine", "muscle_relaxant", {"present"}),
    ("HPI: tried ibuprofen without relief.\n\nPlan:\n- Naproxen 500 mg BID.", "nsaid",
     {"present", "hypothetical"}),
    ("Plan: discharge from PT; return to physician. Continue HEP.", "physical_therapy",
     {"present"}),
    ("Plan:\n- Continue HEP, naproxen.\n- Start gabapentin 300 mg qHS, titrate.",
     "neuropathic_agent", {"hypothetical"}),
    ("A/P: Start PT (referral placed).", "physical_therapy", {"hypothetical"}),
    # a study a relative asks for or had is no finding of the patient's
    ("Mom requesting MRI.", "prior_mri", None),
    ("Her sister had an MRI showing a herniated disc.", "prior_mri", None),
    # the lesion a past operation removed is history, unless it is back, left over or elsewhere
    ("h/o L4-5 HNP s/p microdiscectomy 2019, now with new L5 radicular pain.",
     "disc_herniation", {"historical"}),
    ("POD #42 s/p L3-L5 laminectomy (01/19/2026) for lumbar spinal stenosis.",
     "spinal_stenosis", {"historical"}),
    ("Background: s/p L4-5 microdiscectomy (left) in 06/2019 for a large extruded disc.",
     "disc_herniation", {"historical"}),
    ("Recurrent L4-5 disc herniation s/p L4-5 microdiscectomy 2019.", "disc_herniation",
     {"present"}),
    ("Adjacent segment stenosis at L3-4 s/p L4-5 fusion for spondylolisthesis.",
     "spinal_stenosis", {"present"}),
    ("Adjacent segment stenosis at L3-4 s/p L4-5 fusion for spondylolisthesis.",
     "spondylolisthesis", {"historical"}),
    ("s/p L5-S1 microdiscectomy 2018. MRI today shows a new L4-5 disc herniation.",
     "disc_herniation", {"present"}),
    # a clause with its own subject ends a denial
    ("About three weeks ago, after no particular injury, he developed severe right leg pain, "
     "rated 8 out of 10.", "severe_pain", {"present"}),
    ("Denies numbness, she does report weakness in the left leg.", "motor_weakness",
     {"present"}),
    ("Her claudication has not returned.", "neurogenic_claudication", {"absent"}),
    ("Sciatica has not recurred since the surgery.", "radicular_pain", {"absent"}),
    ("MRI to confirm pars injury.", "spondylolysis", {"possible"}),
    # the study a denial was seen on is not denied
    ("Cervical radiographs: no listhesis on flexion/extension views.", "prior_xray",
     {"present"}),
    ("Pt is not on gabapentin.", "neuropathic_agent", {"absent"}),
    # a service to see the patient is no operation had
    ("Spine surgery and rad onc to see after MRI.", "prior_spine_surgery", None),
    # a form's checked "No" denies its field; a checked "Yes" affirms it
    ("Chiropractic:      [ ] Yes   [X] No", "chiropractic_care", {"absent"}),
    ("Epidural injection:[ ] Yes   [X] No (pt declined)", "epidural_steroid_injection",
     {"absent"}),
    ("NSAIDs:            [X] Yes - naproxen 500 mg bid x 8 wks", "nsaid", {"present"}),
    # "in 2015, when he presented with ..." dates the whole clause
    ("We last saw him in 2015, when he presented with an acute left foot drop and underwent a "
     "left L4-5 laminectomy.", "foot_drop", {"historical"}),
    ("In 2019, when she had sciatica, she did PT.", "radicular_pain", {"historical"}),
    ("PMH: IED blast injury 2007", "trauma", {"historical"}),
    ("ESI offered by PCP but pt declined due to needle phobia.", "epidural_steroid_injection",
     {"absent"}),
    ("ESI discussed - pt declines.", "intervention_planned", {"absent"}),
    ("ESI was offered, she is considering it.", "epidural_steroid_injection", {"hypothetical"}),
    # a denial ends where a new clause starts ("has had", "started", "developed")
    ("Denies fever and has had urinary retention since yesterday.", "bladder_dysfunction",
     {"present"}),
    ("Denies fever and has had urinary retention since yesterday.", "fever", {"absent"}),
    ("No trauma, pain started after bending and radiates to the left foot.", "radicular_pain",
     {"present"}),
    ("No fever; denies weight loss, developed numbness in the foot last week.", "paresthesia",
     {"present"}),
    ("Neither PT nor chiropractic has been tried.", "physical_therapy", {"absent"}),
    # "no longer working" is a loss of function now
    ("Patient is no longer working due to back pain.", "functional_impairment", {"present"}),
    # hedges that name a diagnosis without asserting it
    ("Findings suggestive of L5 radiculopathy.", "radiculopathy", {"possible"}),
    ("Exam suggests early myelopathy.", "myelopathy_signs", {"possible"}),
    ("Possibility of spinal infection was discussed.", "spinal_infection", {"possible"}),
    ("Could represent discitis.", "spinal_infection", {"possible"}),
    # "unlikely" and "doubt" weigh a diagnosis, they do not deny it (ANNOTATION "Doubted
    # diagnoses": possible, marked doubted)
    ("Unlikely to be cauda equina.", "cauda_equina_syndrome", {"possible"}),
    ("Doubt fracture.", "spinal_fracture", {"possible"}),
    ("Fracture is unlikely.", "spinal_fracture", {"possible"}),
    # a score "at admission" / "at onset" beside a current one is the past one
    ("Back pain much improved - was 9/10 at admission, now 3/10.", "severe_pain",
     {"historical"}),
    ("Back pain much improved - was 9/10 at admission, now 3/10.", "low_back_pain",
     {"present"}),
    ("Pain 9/10 at onset, now 4/10.", "severe_pain", {"historical"}),
    ("Severe pain today, 9/10.", "severe_pain", {"present"}),
    # a therapy goal not met: the normal state it names is not reached
    ("Goals: independent with HEP - met; return to full duty - not met.",
     "functional_impairment", {"present"}),
    ("Assessment: Goals: 2. Return to full duty at work (warehouse)  -  NOT MET",
     "functional_impairment", {"present"}),
    ("Goals:\n1. Return to full duty in 6 weeks.", "functional_impairment", {"hypothetical"}),
    # back again: the limitation was there and is over (ANNOTATION "Back to full duty"; d285, d370)
    ("He has returned to full duty.", "functional_impairment", {"historical"}),
    # a chronic condition the note states is not also suspected
    ("PMH: DM2 on metformin.\nA/P: Peripheral neuropathy likely from diabetes.", "diabetes",
     {"present"}),
    ("A/P: Peripheral neuropathy, possibly from diabetes; check A1c.", "diabetes", {"possible"}),
    # a therapy the plan continues, named again in a condition, is the same therapy
    ("Plan:\n- Continue PT to complete 6 weeks.\n- If the pain plateaus after PT, consider "
     "an ESI.", "physical_therapy", {"present"}),
    ("Plan:\n- If no improvement after 6 weeks of PT, will refer for ESI.", "physical_therapy",
     {"hypothetical"}),
    # advice the note shows followed was taken; advice alone is still advice
    ("HPI: his PCP recommended chiropractic first. Chiropractic care 2x/wk x 6 wks without "
     "relief.", "chiropractic_care", {"present"}),
    ("HPI: his PCP recommended chiropractic.", "chiropractic_care", {"hypothetical"}),
    # a suspicion denied is a denial
    ("Myelopathy not suspected.", "myelopathy_signs", {"absent"}),
    ("No concern for cauda equina syndrome.", "cauda_equina_syndrome", {"absent"}),
    ("Not concerning for infection.", "spinal_infection", {"absent"}),
    ("Will re-evaluate in 4 weeks; if no better, MRI and spine referral.", "prior_mri", None),
    ("If no relief with naproxen, consider ESI.", "epidural_steroid_injection",
     {"hypothetical"}),
    # a relative clause speaks of the item just before it
    ("Low back pain with sciatica, which has since resolved.", "radicular_pain",
     {"historical"}),
    ("Low back pain with sciatica, which has since resolved.", "low_back_pain", {"present"}),
    ("History of discitis in 2019, treated with 6 weeks of IV antibiotics.", "spinal_infection",
     {"historical"}),
    # a spine operation named in the Plan is planned, unless the Plan says it was done
    ("Plan: Discussed that surgery (posterior decompression and fusion) would likely be "
     "recommended if MRI confirms cord compression.", "prior_spine_surgery", None),
    ("Plan: s/p L4-5 fusion 2019; continue PT.", "prior_spine_surgery", {"present"}),
    # a question mark ending the line asks, as a leading one does
    ("Reason for consultation: Cervical myelopathy?\n\nHPI: neck stiffness.",
     "myelopathy_signs", {"possible"}),
    ("CES?\nSent to ED.", "cauda_equina_syndrome", {"possible"}),
    # consent text lists what a procedure might cause: no finding, not a suspicion
    ("Risks of surgery were discussed including bleeding, infection, nerve injury, paralysis, "
     "and loss of bowel or bladder function.", "spinal_infection", None),
    ("Risks of surgery were discussed including bleeding, infection, nerve injury, paralysis, "
     "and loss of bowel or bladder function.", "bladder_dysfunction", None),
    ("The risks include but are not limited to infection, CSF leak, weakness and numbness.",
     "motor_weakness", None),
    ("Possible complications: epidural hematoma, infection, cauda equina syndrome.",
     "cauda_equina_syndrome", None),
    ("Potential complications such as nerve damage and foot drop were reviewed.", "foot_drop",
     None),
    ("We reviewed the risks, benefits and alternatives, including infection and new weakness.",
     "spinal_infection", None),
    # ... and the patient's own findings around it stay his
    ("Fever and L4-5 discitis on MRI. Risks of biopsy include bleeding.", "spinal_infection",
     {"present"}),
    ("Symptoms including but not limited to numbness of the left leg.", "paresthesia",
     {"present"}),
    # "no change in" a function is its normal state; in a named deficit the deficit stays
    ("No change in bladder or bowel function.", "bladder_dysfunction", {"absent"}),
    ("ROS: no changes in bowel or bladder habits, no fever.", "bowel_dysfunction", {"absent"}),
    ("no change in B/B\nNeuro: intact", "bladder_dysfunction", {"absent"}),
    ("No change in urinary retention since yesterday.", "bladder_dysfunction", {"present"}),
    # a dash answer closes its item as a colon answer does
    ("Fever - no. Chills - yes.", "fever", {"absent"}),
    ("Fever - no\nNumbness - yes, L foot", "fever", {"absent"}),
    ("L4-5 - no stenosis.", "spinal_stenosis", {"absent"}),
    # a cue of uncertainty reaches every item of its list, past its own scope
    ("IMPRESSION: right L5 radiculopathy, most likely from a disc herniation at L4-5 or a "
     "far-lateral herniation at L5-S1.", "disc_herniation", {"possible"}),
    ("Probably a muscle strain, though could be a disc protrusion at L5-S1 or early lumbar "
     "spinal stenosis.", "spinal_stenosis", {"possible"}),
    ("Most likely facet arthropathy vs a disc herniation at L4-5 vs foraminal stenosis.",
     "spinal_stenosis", {"possible"}),
    # a conditional list in a plan: every condition is hypothetical, not only the first
    ("If pain persists past 6 weeks, becomes constant, wakes her at night, or she loses weight, "
     "we will image.", "night_pain", {"hypothetical"}),
    ("If pain persists beyond 4-6 weeks or becomes constant or wakes him at night, lumbar "
     "x-rays.", "night_pain", {"hypothetical"}),
    ("If symptoms persist, spread to both legs, or she develops numbness in the groin, return.",
     "saddle_anesthesia", {"hypothetical"}),
    ("If no improvement in sciatica or numbness after 6 weeks, MRI.", "radicular_pain",
     {"present"}),
    # a negation the lexicon matched with its finding ("No Hoffmann") denies the whole list
    ("No Hoffmann or clonus.", "upper_motor_neuron_signs", {"absent"}),
    ("No clonus, Babinski or Hoffmann.", "upper_motor_neuron_signs", {"absent"}),
    ("No weakness, numbness or tingling.", "paresthesia", {"absent"}),
    # contracted negations are negations
    ("The pain doesn't radiate down the legs.", "radicular_pain", {"absent"}),
    ("She didn't have any bowel incontinence.", "bowel_dysfunction", {"absent"}),
    ("I don't see weakness on exam.", "motor_weakness", {"absent"}),
    ("He hasn't tried physical therapy.", "physical_therapy", {"absent"}),
    # ... but "can't feel" is a loss, and "doesn't help" is a therapy tried
    ("She can't feel the toilet paper when she wipes.", "saddle_anesthesia", {"present"}),
    ("Ibuprofen doesn't help his back pain.", "low_back_pain", {"present"}),
    ("Ibuprofen didn't help.", "nsaid", {"present"}),
    ("She hasn't noticed any bowel or bladder changes.", "bladder_dysfunction", {"absent"}),
    ("Numbness in the left foot hasn't returned.", "paresthesia", {"absent"}),
    # a "?" set off by a space asks about what follows; it ends no sentence
    ("Reason for referral: inflammatory back pain, ? axial SpA", "inflammatory_spondyloarthropathy",
     {"possible"}),
    ("Any numbness? No weakness.", "paresthesia", {"present"}),
    # an injury suspected after a known fall is that trauma
    ("Fell from a ladder 2 days ago. If CT negative, MRI to r/o ligamentous injury.", "trauma",
     {"present"}),
    # the lesion and the symptom an operation was done for are history, when its levels
    # reach the lesion's
    ("Procedure: L3-4, L4-5 laminectomy (decompression, no fusion) 05/05/2025, Dr. Smith, for "
     "neurogenic claudication from lumbar stenosis.", "spinal_stenosis", {"historical"}),
    ("Procedure: L3-4, L4-5 laminectomy (decompression, no fusion) 05/05/2025, Dr. Smith, for "
     "neurogenic claudication from lumbar stenosis.", "neurogenic_claudication", {"historical"}),
    ("s/p L3-5 laminectomy 2024 for L4-5 stenosis.", "spinal_stenosis", {"historical"}),
    ("s/p L4-5 microdiscectomy 2019 for an L5-S1 herniation.", "disc_herniation", {"present"}),
    ("Diagnosis: lumbar spinal stenosis with neurogenic claudication, s/p L4-5 fusion.",
     "neurogenic_claudication", {"present"}),
    ("Had a fall last year without injury.", "trauma", {"present"}),
    # in a Plan: "restart" and "add" plan a treatment; "progress HEP" goes on with it; the
    # Plan's header is no cue of a treatment the med list already gives
    ("Plan: Restart HEP. F/u after MRI.", "home_exercise_program", {"hypothetical"}),
    ("Continue acetaminophen and heat; add a 2-week course of meloxicam 7.5 mg.", "nsaid",
     {"hypothetical"}),
    ("She restarted PT last month.", "physical_therapy", {"present"}),
    ("Plan: Continue 2x/wk for 3 more weeks; progress HEP.", "home_exercise_program",
     {"present"}),
    ("Meds: acetaminophen 1 g bid.\nPlan: Heat, gentle activity, acetaminophen.", "analgesic",
     {"present"}),
    # "since" ends a denial: what came before it was done
    ("No leg numbness since MRI 6 weeks ago.", "prior_mri", {"present"}),
    ("No leg numbness since MRI 6 weeks ago.", "paresthesia", {"absent"}),
    ("No radiating pain since the epidural steroid injection.", "epidural_steroid_injection",
     {"present"}),
    # forms: an unchecked box denies its item; an unchecked answer says nothing
    ("Red flags: [ ] Bowel/bladder dysfunction   [ ] Saddle anesthesia   [X] None of the above",
     "saddle_anesthesia", {"absent"}),
    ("[X] Saddle anesthesia  [ ] Fever", "saddle_anesthesia", {"present"}),
    ("[X] Saddle anesthesia  [ ] Fever", "fever", {"absent"}),
    ("NSAIDs  [X] Yes  [ ] No   Drug: naproxen 500 mg BID", "nsaid", {"present"}),
    ("  Oral steroid   [ ] Yes  [X] No\n  Epidural injection   [ ] Yes  [X] No\n\nPrior imaging "
     "of this region:  [X] X-ray", "epidural_steroid_injection", {"absent"}),
    # call-back lines: "if any new ..." is a condition, not a pseudo-negation
    ("Neuro checks q4h; if any new weakness or urinary retention, page neurosurgery STAT.",
     "bladder_dysfunction", {"hypothetical"}),
    ("Call if any new numbness in the groin.", "saddle_anesthesia", {"hypothetical"}),
    # "Interval hx" is what happened since the last visit: present
    ("Interval hx: 10 days of pain around the mid back, now constant.", "thoracic_pain",
     {"present"}),
    # a treatment that did nothing was still taken
    ("Pain not touched by oxycodone.", "analgesic", {"present"}),
    ('PT 10 visits: "no functional gains" per PT summary.', "physical_therapy", {"present"}),
    ("I have not changed her gabapentin today.", "neuropathic_agent", {"present"}),
    # "told she has": the telling is denied or not, the "she has" ends nothing
    ("She has never been told she has a neuropathy.", "peripheral_neuropathy", {"absent"}),
    ("She was told she has a herniated disc.", "disc_herniation", {"present"}),
    ("Skilled PT initiated today, 2x/wk x 8 wks.", "physical_therapy", {"present"}),
    # a future fall is hypothetical, not a suspected diagnosis
    ("Go to the ED should she develop weakness or have a fall.", "trauma", {"hypothetical"}),
    ("Fell on ice 2 days ago. If CT negative, MRI to r/o ligamentous injury.", "trauma",
     {"present"}),
    # the failure of conservative care is no diagnosis a "probable" can hedge
    ("A/P: L5 radiculopathy, probable L4-5 HNP, failed conservative care.",
     "conservative_care_failed", {"present"}),
    # where the patient was seen is no precaution; a line that opens with "ED for" is one
    ("Consult requested by peds ED for back pain and limp.", "low_back_pain", {"present"}),
    ("Seen in the ED for back pain 2 days ago.", "low_back_pain", {"present"}),
    ("ED for leg weakness, saddle numbness, or incontinence of bladder or bowel.",
     "saddle_anesthesia", {"hypothetical"}),
    ("- ED for new weakness or saddle numbness", "saddle_anesthesia", {"hypothetical"}),
    # a relative giving the patient a drug is the patient's treatment
    ("Mother has been giving ibuprofen 200 mg every 6-8 h for 10 days.", "nsaid", {"present"}),
    # worry and considerations phrased as clauses
    ("I am worried this is an infection of the L3-4 disc space; vertebral osteomyelitis is the "
     "other main consideration.", "spinal_infection", {"possible"}),
    # a treatment offered and declined, the refusal told after a dash
    ("Offered a trial of meloxicam again - she declines.", "nsaid", {"absent"}),
    ("She declined PT and ESI.", "epidural_steroid_injection", {"absent"}),
    # "restart" reaches its own object, not the source named after it; "HEP from PT" is one
    # home programme (a PT course of unknown dates is no finding: its weeks would be the
    # programme's), so the therapy is not read as restarted
    ("Restart HEP from PT.", "physical_therapy", None),
    ("Restart HEP from PT.", "home_exercise_program", {"hypothetical"}),
    # a radiculopathy an operation was done for is history
    ("s/p L5-S1 microdiscectomy 08/2025 for a large L5-S1 extrusion with L S1 radiculopathy.",
     "radiculopathy", {"historical"}),
    # a test read on each side is two findings, not a partial normal
    ("SLR positive L at 45 deg reproducing calf pain; crossed SLR negative.",
     "positive_straight_leg_raise", {"present", "absent"}),
    ("Femoral stretch test + R. SLR neg bilat.", "positive_straight_leg_raise",
     {"present", "absent"}),
    # a therapy prescribed and not begun was not done
    ("PT was prescribed but he has not yet started.", "physical_therapy", {"absent"}),
    ("He was referred to PT but has not gone yet.", "physical_therapy", {"absent"}),
    # give-way or effort-dependent weakness is no objective weakness ...
    ("Right hip flexion and knee extension are graded 4+/5 with give-way, effort-dependent, and "
     "full 5/5 strength with encouragement.", "motor_weakness", {"absent"}),
    ("Quadriceps 4/5 with breakaway.", "motor_weakness", {"absent"}),
    # ... beside a true deficit, the deficit stands
    ("EHL 4/5 on the left, hip flexors 4+/5 with give-way.", "motor_weakness", {"present"}),
    # a radiculopathy that resolved is history; one diagnosed now is present
    ("Remote left L5 radiculopathy, resolved.", "radiculopathy", {"historical"}),
    ("History of C6 radiculopathy in 2019, resolved with PT.", "radiculopathy", {"historical"}),
    ("Impression: right L5 radiculopathy.", "radiculopathy", {"present"}),
    # someone's worry about a symptom does not make the symptom uncertain; about a
    # diagnosis, it does
    ("Pt's wife is worried about the back pain and called the office.", "low_back_pain",
     {"present"}),
    ("Mother is concerned about his neck pain.", "neck_pain", {"present"}),
    ("Worried about cauda equina syndrome.", "cauda_equina_syndrome", {"possible"}),
    # a denied spread of a known cancer does not deny the cancer
    ("Known breast cancer. No features suggesting metastatic disease.", "malignancy",
     {"present"}),
    ("Prostate cancer 2019; no evidence of metastatic disease on bone scan.", "malignancy",
     {"present"}),
    ("No history of cancer. No evidence of metastatic disease.", "malignancy", {"absent"}),
    # the kind of an operation done is no denial of the operation
    ("Procedure: L3-4, L4-5 laminectomy (decompression, no fusion) 05/05/2025.",
     "prior_spine_surgery", {"present"}),
    ("L4-5 microdiscectomy without fusion in 2020.", "prior_spine_surgery", {"present"}),
    ("No prior spine surgery.", "prior_spine_surgery", {"absent"}),
    # "new onset of" dates an onset; only a precaution makes it hypothetical
    ("New onset of left foot weakness.", "motor_weakness", {"present"}),
    ("Reports new onset of numbness in the left foot.", "paresthesia", {"present"}),
    ("Return to the ED for new onset of bowel or bladder incontinence.", "bladder_dysfunction",
     {"hypothetical"}),
]


# Phrasings from the blind batches d096-d130, each with a phrasing of our own
# (corpora/ANNOTATION.md: known lesion as the likely cause, planned visits, held treatments).
BLIND_BATCHES = [
    # a working diagnosis is uncertain
    ("This is cauda equina until proven otherwise.", "cauda_equina_syndrome", {"possible"}),
    ("Septic discitis until proven otherwise given fever and IV drug use.", "spinal_infection",
     {"possible"}),
    # a cause named as likely is uncertain, unless the note knows the lesion
    ("Assessment: L5 radiculopathy, likely secondary to L4-5 disc herniation.",
     "disc_herniation", {"possible"}),
    ("Neck pain, probably due to C5-6 disc herniation; MRI pending.", "disc_herniation",
     {"possible"}),
    ("Known L4-5 HNP on MRI 2021. Now CES, likely from the known L4-5 disc herniation.",
     "disc_herniation", {"present"}),
    ("Known L4-5 disc protrusion (MRI 2022). Suspect new adjacent disc herniation at L3-4.",
     "disc_herniation", {"present", "possible"}),
    # a known fracture is not also suspected; a suspected acute one beside an old one is new
    ("XR: new T8 wedge compression fracture. Cannot exclude pathologic fracture given smoking "
     "history.", "spinal_fracture", {"present"}),
    ("XR: L1 compression fracture, age indeterminate. Concern for acute L1 burst fracture with "
     "retropulsion.", "spinal_fracture", {"present", "possible"}),
    # a doubted cause of a pain does not doubt the pain
    ("Chronic low back pain x 10 months. Mechanical LBP considered less likely.",
     "low_back_pain", {"present"}),
    # a held treatment is neither done nor planned; holding an activity restricts it
    ("P: Hold PT pending MD eval.", "physical_therapy", None),
    ("Will hold on PT until the MRI is back.", "physical_therapy", None),
    ("Hold from contact sports until pain-free.", "activity_modification", {"present"}),
    # the first of two scores is history
    ("Pt rates LBP 6/10 (initial 7/10).", "severe_pain", {"historical"}),
    # what a study is to look for is uncertain
    ("Plan: MRI SI joints to look for active sacroiliitis.", "inflammatory_spondyloarthropathy",
     {"possible"}),
    # a study's "negative" does not reach over the comma into what followed
    ("Seen in the ED that night: CT C-spine negative, discharged with a soft collar.",
     "activity_modification", {"present"}),
    # a planned visit is no exam yet
    ("Plan:\n- In-person visit in 3 weeks for a full neuro exam.", "in_person_exam", None),
    ("Plan: Office visit after the MRI.", "in_person_exam", None),
    ("Plan: follow up in 2 weeks for re-exam.", "in_person_exam", None),
    ("P: same, re-exam next visit.", "in_person_exam", None),
    # call-back lines: every item of the list is a condition (NegEx's hypothetical class)
    ("She will call if there is any new weakness, numbness in the saddle area or trouble "
     "urinating.", "bladder_dysfunction", {"hypothetical"}),
    ("Return to the ED if any of the following are noted: fever, new leg weakness, loss of "
     "bladder control.", "fever", {"hypothetical"}),
    ("Return to the ED if any of the following are noted: fever, new leg weakness, loss of "
     "bladder control.", "motor_weakness", {"hypothetical"}),
    ("Call with fever or new weakness.", "motor_weakness", {"hypothetical"}),
    # a met goal's limitation is over; an open one is still there
    ("Goals: return to full duty at work - MET.", "functional_impairment", {"historical"}),
    ("Goals: return to full duty - not met.", "functional_impairment", {"present"}),
    # done at this visit, though written in the Plan
    ("Plan: AFO fitted today.", "activity_modification", {"present"}),
    ("Plan: lumbar corset dispensed; wear when up.", "activity_modification", {"present"}),
    # a prescription written at this visit is planned; a drug already taken goes on
    ("Dispo: home.\nRx: cyclobenzaprine 5 mg qhs prn.", "muscle_relaxant", {"hypothetical"}),
    ("Meds: naproxen 500 BID.\nRx: naproxen 500 mg BID #60.", "nsaid", {"present"}),
    # a trial dated in the past or said to be stopped was taken; a trial in the Plan is planned
    ("Ibuprofen 600 TID and a 2-week trial of cyclobenzaprine in Sept (made him too sleepy, "
     "stopped).", "muscle_relaxant", {"present"}),
    ("Tried a trial of gabapentin in 2024 without benefit.", "neuropathic_agent", {"present"}),
    ("Plan: trial of gabapentin 300 mg qhs.", "neuropathic_agent", {"hypothetical"}),
    ("Gabapentin discontinued due to dizziness.", "neuropathic_agent", {"present"}),
    # a form's question answered "No" denies its item, as "Field: No" does
    ("Prior PT? No.", "physical_therapy", {"absent"}),
    ("Any weakness? No.\nAny numbness? Yes, left foot.", "motor_weakness", {"absent"}),
    ("Any weakness? No.\nAny numbness? Yes, left foot.", "paresthesia", {"present"}),
    ("Telehealth? NO - in-office visit", "in_person_exam", {"present"}),
    # d131-d160: what does not explain a sign, or a sensation lost, denies nothing
    ("Retention could be opioid-related but does not explain the perianal numbness.",
     "saddle_anesthesia", {"present"}),
    ("She could not feel the toilet paper when she wiped.", "saddle_anesthesia", {"present"}),
    # a trailing uncertainty reaches back over its clause
    ("Vertebral osteomyelitis/discitis also possible.", "spinal_infection", {"possible"}),
    ("A foraminal herniation at L5-S1 is also possible.", "disc_herniation", {"possible"}),
    # "X rather than Y" denies Y
    ("The deficit is stable rather than progressing.", "symptom_progression", {"absent"}),
    # given in the ED, however long the dose
    ("Ketorolac 15 mg IV and oxycodone 5 mg given.", "nsaid", {"present"}),
    # "if any ..." is a call-back condition
    ("If any urinary retention or saddle numbness tonight, come straight to the ED.",
     "bladder_dysfunction", {"hypothetical"}),
    # a denied kind denies nothing when another kind is present
    ("She lifted a 40 lb bag and felt a pop. No fall, did not strike anything.", "trauma",
     {"present"}),
    ("Red flags: [ ] Progressive weakness\nExam: L EHL 4/5.", "motor_weakness", {"present"}),
    # alternatives joined by a slash share their cue
    ("Suspect R L5 pars stress reaction / early spondylolysis.", "spondylolysis", {"possible"}),
    # a denied recurrence of a known cancer does not deny the cancer
    ("Breast cancer 2008, treated. No clinical features of recurrence of her breast cancer.",
     "malignancy", {"present"}),
    # a radiology report's "CLINICAL HX:" is the indication of the study, not a past history
    ("EXAM: MRI lumbar spine without contrast\nCLINICAL HX: L sciatica 2 weeks, L Achilles "
     "reflex diminished.\nFINDINGS: L5-S1 protrusion.", "radicular_pain", {"present"}),
    # words for a symptom that ended
    ("The back pain settled within a couple of weeks.", "low_back_pain", {"historical"}),
    ("The leg numbness cleared up after a month.", "paresthesia", {"historical"}),
    # a cue inside parentheses speaks of its own object ("stop the OTC ibuprofen"), not of
    # the new drug before it
    ("HPI: ibuprofen OTC prn.\nP:\n- Naproxen 500 mg BID with food (stop the OTC ibuprofen).",
     "nsaid", {"present", "hypothetical"}),
    # a response to a drug is a drug taken, even inside a condition
    ("Plan: Continue naproxen. If MRI confirms active inflammation and NSAID response remains "
     "partial, will start a TNF inhibitor.", "nsaid", {"present"}),
    ("Plan: PT 2x/wk; if no response to PT in 6 weeks, consider ESI.", "physical_therapy",
     {"hypothetical"}),
    # ... but what a plan is conditional on is a suspicion
    ("Decompression if there is compression of the cauda equina.", "cauda_equina_syndrome",
     {"possible"}),
]


# General rules from the blind batches d131-d160 (each pitfall with phrasings of its own).
GENERAL_RULES = [
    # an addendum that withdraws a statement: the statement no longer stands anywhere
    ("PMH: Hypertension. No history of cancer.\nAddendum: she had breast cancer in 2019. "
     "The statement \"No history of cancer\" was entered in error and is withdrawn.",
     "malignancy", {"present"}),
    ("HPI: Left foot drop since May.\nAddendum 11/3: left foot drop was documented in error "
     "(wrong patient); please disregard.", "foot_drop", None),
    ("ROS: no prior PT.\nCorrection: she completed 6 weeks of physical therapy in 2025.",
     "physical_therapy", {"present"}),
    # a withdrawal of one statement leaves the others standing
    ("Foot drop on the left. No history of cancer.\nThe statement 'No history of cancer' is "
     "withdrawn.", "foot_drop", {"present"}),
    # a therapy whose first session is still to come is planned, across the semicolon
    ("PT was prescribed at the 3/3 visit but insurance needed authorization; first PT eval is "
     "scheduled for 04/09/2026.", "physical_therapy", {"hypothetical"}),
    ("Referred to a chiropractor by her PCP; her initial appointment is booked for Friday.",
     "chiropractic_care", {"hypothetical"}),
    ("Completed 6 weeks of PT in 2025; first eval with the chiropractor is scheduled for "
     "Monday.", "physical_therapy", {"present"}),
    # a prescription written in the ED's decision making is planned; one tried before stays
    ("HPI: Tried ibuprofen OTC, heat.\nMDM: Lumbar strain. No red flags. Ibuprofen 600 q6h "
     "prn, cyclobenzaprine 5 mg qhs x 7d, activity as tolerated.", "muscle_relaxant",
     {"hypothetical"}),
    ("HPI: Tried ibuprofen OTC, heat.\nMDM: Lumbar strain. Ibuprofen 600 q6h prn, "
     "cyclobenzaprine 5 mg qhs x 7d.", "nsaid", {"present"}),
    ("MDM: Ketorolac 30 mg IM given with good relief. Naproxen 500 mg BID x 10 days.",
     "nsaid", {"present", "hypothetical"}),
    # "and ordered" plans what follows it, not what an earlier provider gave
    ("Seen at QuickCare 9/29 - they gave a Medrol dosepak and cyclobenzaprine and ordered the "
     "MRI.", "muscle_relaxant", {"present"}),
    ("Urgent care gave naproxen and ordered PT.", "nsaid", {"present"}),
    ("Urgent care gave naproxen and ordered PT.", "physical_therapy", {"hypothetical"}),
    # a relative named in a sentence about the patient's own function is not family history
    ("She is unable to sit through her son's soccer games.", "functional_impairment",
     {"present"}),
    ("He can no longer lift his granddaughter and has missed work.", "functional_impairment",
     {"present"}),
    ("She and her daughter are worried about the cancer coming back. Breast cancer 2008.",
     "malignancy", {"present"}),
    ("He and his wife ask whether the diabetes explains the numbness. Type 2 diabetes.",
     "diabetes", {"present"}),
    ("Her daughter had breast cancer.", "malignancy", {"family"}),
    # a denial inside a condition ends with the condition
    ("If he would rather avoid surgery, a repeat L3-4 epidural injection is reasonable.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("If she does not improve, a trial of physical therapy.", "physical_therapy",
     {"hypothetical"}),
    ("No fever, no weight loss.", "unexplained_weight_loss", {"absent"}),
    # "besides" / "beyond" end a denial (never a condition)
    ("No prior lumbar imaging besides x-rays 10/30: mild facet arthropathy.", "prior_xray",
     {"present"}),
    ("No numbness beyond his baseline numb toes.", "paresthesia", {"present"}),
    ("If pain persists beyond 6 weeks or wakes him at night, lumbar x-rays.", "night_pain",
     {"hypothetical"}),
    # "until proven otherwise" suspects its own phrase, not the evidence before the dash
    ("Saddle anesthesia, urinary retention and reduced sphincter tone - cauda equina syndrome "
     "until proven otherwise.", "decreased_rectal_tone", {"present"}),
    ("Deep surgical site infection with possible epidural abscess / discitis at L4-5 until "
     "proven otherwise.", "spinal_infection", {"possible"}),
    # a normal phrase turned round only by a negation at it, not one across "and"
    ("She has not had an injection and has never seen a chiropractor.",
     "epidural_steroid_injection", {"absent"}),
    ("Sensation not intact to light touch L foot.", "dermatomal_sensory_loss", {"present"}),
    # a report's "Hx:" line is the study's indication, not history
    ("MRI L-SPINE W/O 09/24/2026\nHx: L leg pain x 3 wk.\nL4-5: L paracentral protrusion.",
     "radicular_pain", {"present"}),
    ("Hx: numbness R hand x 2 months.", "paresthesia", {"present"}),
    # a denial a position or rest opens says when the symptom is gone, not that it is
    ("Lying down she has no leg symptoms; standing she has sciatica.", "radicular_pain",
     {"present"}),
    ("At rest she has no leg pain; walking two blocks brings it on.", "radicular_pain",
     {"present"}),
    ("Pain improves with rest, no radiation into the legs.", "radicular_pain", {"absent"}),
    # healed, old and gone end an episode
    ("Thoracic spine X-ray: old T12 compression deformity, unchanged.", "spinal_fracture",
     {"historical"}),
    ("Healed L1 fracture; new T8 fracture.", "spinal_fracture", {"historical", "present"}),
    ("A 45-year-old man with an L1 fracture.", "spinal_fracture", {"present"}),
    ("Numbness gone by the 2-week check.", "paresthesia", {"historical"}),
    # a visit the note puts in the future is no in-person exam, in or out of a Plan
    ("Video visit today. In-person visit in 2 weeks for a full neuro exam.", "in_person_exam",
     {"absent"}),
    ("Follow up in 2 weeks for re-exam.", "in_person_exam", None),
    ("Office visit 09/22/2026. O: Tender R SI.", "in_person_exam", {"present"}),
    # a Family History block on its header's line ends with that line; "FH:" inside a line
    # reaches past the relative's own words
    ("FH: Mother had back surgery.\nLumbar X-rays 08/20/2026: grade 1 degenerative "
     "spondylolisthesis of L4 on L5.", "spondylolisthesis", {"present"}),
    ("Family History:\nFather - lung cancer\nMother - spinal stenosis", "spinal_stenosis",
     {"family"}),
    ("Denies bowel/bladder sx. FH: father had a \"slipped vertebra\" (spondylolisthesis) fused "
     "in his 40s.", "spondylolisthesis", {"family"}),
    # counselling about red flags names what to watch for; a denial after it still denies
    ("Discussed red flags including saddle anesthesia and urinary retention.",
     "saddle_anesthesia", {"hypothetical"}),
    ("Red flags discussed: new leg weakness, trouble urinating.", "bladder_dysfunction",
     {"hypothetical"}),
    ("Discussed red flags - she denies saddle anesthesia or urinary retention.",
     "bladder_dysfunction", {"absent"}),
    # blind cases d161-d190: call-back lines in other words
    ("Father and athlete told to call right away for any weakness of the foot or loss of "
     "bladder control.", "bladder_dysfunction", {"hypothetical"}),
    ("Go to L&D triage or the ED right away for numbness in the saddle area, trouble passing "
     "urine, or if the foot becomes weaker.", "saddle_anesthesia", {"hypothetical"}),
    ("She knows to call immediately if she has trouble passing urine.", "bladder_dysfunction",
     {"hypothetical"}),
    ("Surgery during pregnancy is reserved for severe or progressive deficits.",
     "symptom_progression", {"hypothetical"}),
    ("QuantiFERON today in anticipation of a TNF inhibitor should the MRI support axSpA.",
     "immunosuppression", {"hypothetical"}),
    ("If it shows root compression, a right C7 transforaminal injection would be reasonable.",
     "epidural_steroid_injection", {"hypothetical"}),
    # a cue inside parentheses speaks of what they hold
    ("Plan:\n- Ibuprofen 800 mg TID x 7 days (stop Aleve), cyclobenzaprine 5 mg qhs prn",
     "muscle_relaxant", {"hypothetical"}),
    ("Tried naproxen (stopped for GI upset), gabapentin since May.", "nsaid", {"present"}),
    # keeping up a program goes on with it
    ("P: Finish the remaining 2 weeks of PT and keep up the HEP.", "home_exercise_program",
     {"present"}),
    ("Plan: keeps doing the home exercises daily.", "home_exercise_program", {"present"}),
    ("He has done 4 of the 6 weeks of PT. This is not yet a failed course of conservative "
     "care.", "conservative_care_failed", {"absent"}),
    ("PT not yet started; referral placed.", "physical_therapy", {"absent"}),
    # "scheduled" next to a dose is a dosing schedule, not a plan
    ("Transitioned to oxycodone 5 mg q4-6h prn with scheduled acetaminophen 1 g q8h.",
     "analgesic", {"present"}),
    # a denial through a list does not undo the exam; one at it does
    ("A: Mechanical LBP (no red flags, normal neuro exam).", "in_person_exam", {"present"}),
    ("Telephone call only - no exam performed.", "in_person_exam", {"absent"}),
    ("Telehealth. No hands-on or neurological exam performed.", "in_person_exam", {"absent"}),
    # a relative who will call is an informant
    ("If he develops leg weakness or cannot pass urine, the daughter will call 911.",
     "bladder_dysfunction", {"hypothetical"}),
    # what a colon opens after "without" is what was done
    ("L4-5 stenosis (managed without surgery: PT and 2 epidurals back then).",
     "physical_therapy", {"present"}),
    # a relative's history says nothing of the patient's treatment
    ("HLA-B27 positive, family history of AS, partial NSAID response.", "nsaid", None),
    # a suspected new metastasis in a known cancer is that cancer
    ("Known metastatic breast cancer to bone - concern for new T6-T7 vertebral metastasis.",
     "malignancy", {"present"}),
    ("Hoffmann positive, spastic gait, myelopathic signs - likely cervical spondylotic "
     "myelopathy.", "myelopathy_signs", {"present"}),
    # what the operation was for, and the symptoms before it, are history
    ("Pre-op she had severe L leg pain.", "radicular_pain", {"historical"}),
    ("I operated on her in March 2024 for a left L4-5 disc herniation with a left L5 "
     "radiculopathy - a left L4-5 hemilaminectomy and discectomy.", "disc_herniation",
     {"historical"}),
    ("Procedure: R L5-S1 microdiscectomy 10/22/2025 (Dr. Haller) for a large R L5-S1 "
     "extrusion.", "disc_herniation", {"historical"}),
    ("Large L4-5 extrusion compressing the L5 root, seen on the pre-op MRI of 08/10/2025.\n"
     "s/p L4-5 microdiscectomy 08/20/2025.", "disc_herniation", {"historical"}),
    # a form's answer after a dash denies its field
    ("Red flags:\n Bowel/bladder - normal\n Saddle numbness - none\n Fever/chills - none\n",
     "bladder_dysfunction", {"absent"}),
    ("Red flags:\n Saddle numbness - none\n Fever - none\n", "saddle_anesthesia", {"absent"}),
    ("Suspected CES - saddle anesthesia, urinary retention.", "saddle_anesthesia", {"present"}),
    # the study or exam where something is looked for is not denied with it
    ("Posterior wall not assessed on plain film.", "prior_xray", {"present"}),
    ("No radiculopathy on exam.", "in_person_exam", {"present"}),
    ("No prior x-rays.", "prior_xray", {"absent"}),
    ("Normal bladder and bowel habits.", "bowel_dysfunction", {"absent"}),
    ("Normal bladder and bowel habits.", "bladder_dysfunction", {"absent"}),
    # a normal state put in the past says nothing of now
    ("She wet the bed twice overnight - new; she had been continent.", "bladder_dysfunction",
     {"present"}),
    ("Urinary incontinence since Sunday; she had been continent.", "bladder_dysfunction",
     {"present"}),
    # "Resolved X" opening a sentence ends the episode; what follows the semicolon is now
    ("A: Doing well after microdiscectomy. Resolved radicular pain and weakness; residual S1 "
     "numbness.", "radicular_pain", {"historical"}),
    # a relative who opens a clause is its subject, and ends the denial before it
    ("He has no heart disease, although his brother had an anterior cervical fusion for a "
     "\"slipped disc\".", "disc_herniation", {"family"}),
    # a therapy that is not doing much is being done
    ("Started PT 10/26; he feels PT \"isn't doing much\".", "physical_therapy", {"present"}),
    ("Gabapentin isn't helping much.", "neuropathic_agent", {"present"}),
    # pre-op imaging of an operated lesion is history
    ("s/p L4-5 microdiscectomy 2019.\nPrior imaging: MRI L-spine 05/2019 (pre-op): large left "
     "L4-5 extrusion.", "disc_herniation", {"historical"}),
    ("L3-5 laminectomy 06/2025.\nPre-op MRI L-spine 06/2025: severe central stenosis L3-4 and "
     "L4-5.", "spinal_stenosis", {"historical"}),
    ("s/p L4-5 microdiscectomy 2019.\nPre-op MRI: L4-5 extrusion. New MRI: recurrent L4-5 "
     "extrusion.", "disc_herniation", {"historical", "present"}),
]

# Session 8: general families from the blind batch d191-d205, each with the note's own
# phrasing and two or three others.
GENERAL_RULES_8 = [
    # an employer's option denied is not the patient's restriction denied
    ("Employer has no light duty - remains off work.", "functional_impairment", {"present"}),
    ("His employer cannot accommodate restrictions; he remains off work.",
     "functional_impairment", {"present"}),
    ("No light duty available at her job, so she is off work.", "functional_impairment",
     {"present"}),
    ("No light duty restrictions needed.", "activity_modification", {"absent"}),
    # a comparison with an earlier year says the sign persists
    ("Reflexes: patellar 1+ symmetric, Achilles absent bilaterally (as in 2025).",
     "reflex_abnormality", {"present"}),
    ("L EHL 4/5, unchanged from 2024.", "motor_weakness", {"present"}),
    ("Foot drop, same as in 2023.", "foot_drop", {"present"}),
    ("Foot drop in 2023, resolved.", "foot_drop", {"historical"}),
    # a handout or a referral sent: the program or therapy is still to come
    ("Plan:\n- PT referral for 4-6 wks; HEP handout given.", "home_exercise_program",
     {"hypothetical"}),
    ("HEP handouts provided today.", "home_exercise_program", {"hypothetical"}),
    ("Plan: Continue HEP.", "home_exercise_program", {"present"}),
    ("Advised PT would be the next step. PT referral sent.", "physical_therapy",
     {"hypothetical"}),
    ("Chiropractic care is a reasonable next step.", "chiropractic_care", {"hypothetical"}),
    ("PT referral placed.", "physical_therapy", {"hypothetical"}),
    ("Failed 6 weeks of PT, so ESI is the next step.", "physical_therapy", {"present"}),
    # a Plan's drug named by its generic name continues the brand on the med list
    ("Meds: Tylenol 500 mg BID.\n\nPlan:\n- Acetaminophen 1 g TID", "analgesic", {"present"}),
    ("Meds: Flexeril 10 mg qhs.\n\nPlan:\n- cyclobenzaprine 10 mg qhs prn", "muscle_relaxant",
     {"present"}),
    ("Meds: ibuprofen prn.\n\nPlan:\n- naproxen 500 mg BID", "nsaid",
     {"present", "hypothetical"}),
    # a device removed is gone
    ("Pacemaker placed 2015, removed 2019.", "mri_contraindication", {"historical"}),
    ("s/p removal of spinal cord stimulator 2022.", "mri_contraindication", {"historical"}),
    ("Dual-chamber pacemaker 2024.", "mri_contraindication", {"present"}),
    # a refusal opening the next clause takes back the offer
    ("Discussed ESI and surgery; declines.", "epidural_steroid_injection", {"absent"}),
    ("Discussed ESI and surgery; declines.", "intervention_planned", {"absent"}),
    ("Offered a referral for ESI; she refused.", "epidural_steroid_injection", {"absent"}),
    ("Discussed ESI; she wants to think about it.", "epidural_steroid_injection",
     {"hypothetical"}),
    # a parenthesis that names the suspected finding again glosses it
    ("Suspected right L5 pars stress injury (early spondylolysis) in an adolescent.",
     "spondylolysis", {"possible"}),
    ("Probable L5 radiculopathy (L5 radiculopathy pattern on exam).", "radiculopathy",
     {"possible"}),
    ("L5 spondylolysis (pars defect) on CT.", "spondylolysis", {"present"}),
    # a problem list's status after a dotted leader applies to its problem
    ("Problem list:\n  Lumbar disc herniation L4-5 ................. Resolved - s/p L4-5 "
     "microdiscectomy 03/2019\n", "disc_herniation", {"historical"}),
    ("Problem list:\n  Lumbar disc herniation L4-5 ......... Active\n", "disc_herniation",
     {"present"}),
    # a PT note's exercise progression is no progression of symptoms
    ("Tx: nerve glides, core stab progression, manual - L3-5 PA mobs.", "symptom_progression",
     None),
    ("HEP progression: added bridges and bird-dogs.", "symptom_progression", None),
    ("Progression of weakness over 2 weeks.", "symptom_progression", {"present"}),
    # a comparison with an earlier state of a symptom still there is its course
    ("MRI 2025: stenosis L4-5. At that time he could walk 3 blocks before his legs got heavy. "
     "Now he has to sit after half a block because of leg pain with walking.",
     "neurogenic_claudication", {"present"}),
    ("Exam 2024: L EHL 4/5. At that time reflexes were absent at the ankles. Today Achilles "
     "reflexes absent bilaterally.", "reflex_abnormality", {"present"}),
    ("In 2019 she had sciatica on the left. At that time it resolved with PT.",
     "radicular_pain", {"historical"}),
    # a deficit that never recovered is still there
    ("s/p L4-5 microdiscectomy 2021; the foot drop never recovered and he wears an AFO.",
     "foot_drop", {"present"}),
    ("Her numbness has not fully recovered since the surgery.", "paresthesia", {"present"}),
    ("Left foot drop in 2019, which recovered fully.", "foot_drop", {"historical"}),
    ("Weakness only partially recovered after the decompression.", "motor_weakness",
     {"present"}),
    # an abbreviation's full stop ends the negation before a normal finding
    ("SLR + L at 50 deg, neg R. Gait normal, able to heel/toe walk.", "gait_abnormality",
     {"absent"}),
    ("SLR positive L at 50 deg, negative R. Strength 5/5 bilat LE.", "motor_weakness",
     {"absent"}),
    # a study reported normal after a dash was done; a field answered "normal" is denied
    ("Imaging: thoracic spine x-rays 08/22/2026 - normal.", "prior_xray", {"present"}),
    ("Lumbar MRI 2024 - negative.", "prior_mri", {"present"}),
    ("Prior MRI - no.", "prior_mri", {"absent"}),
    ("Bowel/bladder - normal", "bowel_dysfunction", {"absent"}),
    # a study that would not change management is one asked for, not one done
    ("I explained that an MRI is not likely to change management now.", "prior_mri", None),
    ("Imaging is unlikely to change management at this point.", "prior_xray", None),
    ("MRI 2023 showed L4-5 HNP. A repeat MRI would not change management.", "prior_mri",
     {"present"}),
    # a recovery or a course progressing well is no progression of symptoms
    ("Intrauterine pregnancy at 24w3d, progressing normally.", "symptom_progression", None),
    ("Pt progressing well with PT.", "symptom_progression", None),
    ("Progressing toward goals; pain 3/10.", "symptom_progression", None),
    # a treatment waiting on a study still to read is planned
    ("P: CT L-spine. Refer Dr. Feld (pain) for L L4-5 TFESI once CT reviewed.",
     "epidural_steroid_injection", {"hypothetical"}),
    ("Plan: ESI pending MRI results.", "epidural_steroid_injection", {"hypothetical"}),
    ("Plan: MRI reviewed with the patient. Continue ibuprofen.", "nsaid", {"present"}),
    # a radiculopathy the note says an operation treated is history; an "s/p" alone is not
    ("R L5 radiculopathy from a large L4-5 extrusion, treated with L4-5 microdiscectomy "
     "06/2021.", "radiculopathy", {"historical"}),
    ("L5 radiculopathy, s/p L4-5 microdiscectomy 2019.", "radiculopathy", {"present"}),
    # a denial inside a condition is no refusal; a device weighed is no contraindication now
    ("If he is not a surgical candidate, a spinal cord stimulator trial could be considered.",
     "intervention_planned", {"present"}),
    ("If he is not a surgical candidate, a spinal cord stimulator trial could be considered.",
     "mri_contraindication", None),
    ("Surgery was offered but patient declined.", "intervention_planned", {"absent"}),
]

# From the blind batch d206-d220 (first run on 42c58c7), each family with the note's own
# phrasing and others.
GENERAL_RULES_8B = [
    # a prescription written at this visit, or waiting on the payer, has not begun
    ("TREATMENT:\n- Cyclobenzaprine 5 mg qhs x 7 days (Rx).", "muscle_relaxant", {"hypothetical"}),
    ("Meloxicam 15 mg daily, Rx sent to pharmacy.", "nsaid", {"hypothetical"}),
    ("- PT referral 2x/wk x 4 wks - pending carrier authorization.", "physical_therapy",
     {"hypothetical"}),
    ("Chiropractic 2x/wk x 4 wks - awaiting insurance approval.", "chiropractic_care",
     {"hypothetical"}),
    ("Completed 6 weeks of PT in the spring.", "physical_therapy", {"present"}),
    # a problem list's status after a dash
    ("#6 Peripheral neuropathy - ruled out (NCS 10/2026 normal).", "peripheral_neuropathy",
     {"absent"}),
    ("Spinal infection - excluded by MRI.", "spinal_infection", {"absent"}),
    ("#5 Right sciatica (2019) - resolved.", "radicular_pain", {"historical"}),
    # a comma before a new clause's subject ends a denial; a list after a comma does not
    ("About 3 weeks ago, without any injury, the right leg pain came back.", "radicular_pain",
     {"present"}),
    ("No fever, she has had night pain for 2 weeks.", "night_pain", {"present"}),
    ("No fever, chills, night sweats or weight loss.", "unexplained_weight_loss", {"absent"}),
    # a study deferred was not done
    ("No prior spine imaging; plain films deferred in pregnancy.", "prior_xray", {"absent"}),
    ("MRI deferred until after delivery.", "prior_mri", {"absent"}),
    # a comparison with an earlier visit says how the symptom is now
    ("The low back pain is now worse than on admission - he cannot sit up in the chair.",
     "functional_impairment", {"present"}),
    ("Sciatica worse than at intake.", "radicular_pain", {"present"}),
    ("Chief complaint at intake: neck pain. Neck pain (NPRS) 6/10 today.", "neck_pain",
     {"present"}),
    # "former" is said of what it stands before
    ("49 yo M, former HVAC installer, off work since 03/2024.", "functional_impairment",
     {"present"}),
    ("Former football player, now with low back pain.", "low_back_pain", {"present"}),
    # a diagnosis the spine has to be looked at for is suspected
    ("The spine has to be looked at for discitis or an early epidural abscess.",
     "spinal_infection", {"possible"}),
    ("Cauda equina syndrome must be excluded.", "cauda_equina_syndrome", {"possible"}),
    # a relative who decides for the patient is no family cue
    ("Daughter (HCP) agrees with CT and would consider kyphoplasty.", "intervention_planned",
     {"present"}),
    ("Her brother had a kyphoplasty last year.", "prior_spine_surgery", {"family"}),
    # a denial after a colon belongs to the clause after it
    ("I would not recommend the fusion: the dynamic films show no instability.",
     "flexion_extension_instability", {"absent"}),
    ("Flexion-extension films show no instability.", "flexion_extension_instability",
     {"absent"}),
    ("Flexion-extension films show 5 mm translation at L4-5.", "flexion_extension_instability",
     {"present"}),
    # a study cancelled or not performed was not done
    ("Metal near the canal - MRI NOT performed. Recommend CT lumbar spine.", "prior_mri",
     {"absent"}),
    # a study cancelled is a test planned that never happened: no finding at all (targets12,
    # as ANNOTATION.md reads "a test planned or asked about")
    ("Lumbar MRI was cancelled (claustrophobia).", "prior_mri", None),
    ("Lumbar MRI 2024 performed at an outside facility.", "prior_mri", {"present"}),
    # a treatment given at this visit was taken; a drug "started today" in the Plan is a
    # prescription written at this visit (hypothetical: DETERMINATIONS d253, d345, d402; mend26b)
    ("Plan:\n4. Gabapentin 300 mg qhs started today.", "neuropathic_agent", {"hypothetical"}),
    ("A/P: Acute L5 radiculopathy.\nTx in ED: ketorolac 30 mg IM.", "nsaid", {"present"}),
    ("Plan:\n- Gabapentin 300 mg qhs.", "neuropathic_agent", {"hypothetical"}),
    # a denial with an exception names what is there
    ("No trauma other than the workout.", "trauma", {"present"}),
    ("No trauma beyond the lifting.", "trauma", {"present"}),
    ("No balance problems, no clumsiness of the hands beyond the fatigue.", "myelopathy_signs",
     {"absent"}),
    ("No fever, no trauma.", "trauma", {"absent"}),
    # "was negative for" denies what follows, not the study before it
    ("CT cervical spine without contrast was negative for fracture or malalignment.",
     "spinal_fracture", {"absent"}),
    ("CT cervical spine without contrast was negative for fracture or malalignment.",
     "prior_ct", {"present"}),
]


# session 9: general families from the blind batches d221-d265
GENERAL_RULES_9 = [
    # precautions in shorthand: every item of the list is hypothetical
    ("Return/ED for fever, new leg weakness, numbness in the groin, inability to urinate or "
     "new loss of bowel control.", "saddle_anesthesia", {"hypothetical"}),
    ("Return/ED for fever, new leg weakness, numbness in the groin, inability to urinate or "
     "new loss of bowel control.", "fever", {"hypothetical"}),
    ("Plan:\n5. ED for groin numbness, urinary retention, or rapidly worsening weakness.",
     "bladder_dysfunction", {"hypothetical"}),
    ("- Return precautions reviewed: ED for new weakness, saddle numbness, or loss of "
     "bladder/bowel control.", "saddle_anesthesia", {"hypothetical"}),
    ("In-person visit in 2 weeks for a full exam, sooner for any arm weakness or new numbness.",
     "motor_weakness", {"hypothetical"}),
    ("Call back for new leg weakness, or loss of control of your bladder or bowels.",
     "bowel_dysfunction", {"hypothetical"}),
    ("RTC prn new weakness or numbness.", "paresthesia", {"hypothetical"}),
    ("ED precautions reviewed w/ pt and daughter: go to ED for leg weakness.",
     "motor_weakness", {"hypothetical"}),
    # ... but "ED for" inside a sentence is where the patient went; a finding named in a
    # condition is hypothetical whatever the verb (R9, contract46)
    ("She was seen in the ED for low back pain last week.", "low_back_pain", {"present"}),
    ("He knows to call sooner if the hand weakness worsens quickly.", "motor_weakness",
     {"hypothetical"}),
    # an earlier score beside today's is the earlier state
    ("Pain 6/10 (was 7/10 at initial).", "severe_pain", {"historical"}),
    ("Leg pain actually less, 4/10 (was 8/10).", "severe_pain", {"historical"}),
    ("Pain 8/10 today (was 4/10 last week).", "severe_pain", {"present"}),
    # a relative the subject of a clause, in a lay message or in brackets
    ("my neck hurts. my wife had the same thing last year and it turned out to be a herniated "
     "disc, she ended up needing an ACDF. can I just get an MRI?", "prior_spine_surgery",
     {"family"}),
    ("She is worried she has a slipped disc like her mother (mother had a herniated disc and "
     "two back surgeries).", "prior_spine_surgery", {"family"}),
    ("PT helped; her sister had a herniated disc in her neck and needed surgery.",
     "disc_herniation", {"family"}),
    # a worry about a diagnosis of one's own is uncertain, a relative's comparison does not
    # make it the relative's
    ("She is worried she has a slipped disc like her mother.", "disc_herniation", {"possible"}),
    ("He is worried he has cauda equina.", "cauda_equina_syndrome", {"possible"}),
    # a goal names its limitation: not met, it is there; met, it is over
    ("Goals:\n2. Sit 60 min without leg pain to complete a work shift - not met.",
     "radicular_pain", {"present"}),
    ("LTG 1 (stand 8-hr shift without leg pain) partially met.", "radicular_pain", {"present"}),
    ("Goal: return to work without back pain - MET.", "low_back_pain", {"historical"}),
    ("Walks 30 min without leg pain.", "radicular_pain", {"absent"}),
    # a normal state that holds now puts the symptom in the past
    ("Sleeping through the night now (was waking 2x at IE).", "night_pain", {"historical"}),
    ("Sleeping through the night.", "night_pain", {"absent"}),
    # a doubted diagnosis is possible; a denial beside it still counts
    ("MDM: CES unlikely - no saddle sx, PVR nml.", "cauda_equina_syndrome", {"possible"}),
    ("Infection felt unlikely (afebrile, normal WBC/CRP).", "spinal_infection", {"possible"}),
    ("I doubt a fracture but cannot clear her clinically.", "spinal_fracture", {"possible"}),
    ("No objective signs of cauda equina syndrome; CES unlikely.", "cauda_equina_syndrome",
     {"absent", "possible"}),
    ("Bowel/bladder: nml. No saddle numbness.", "bowel_dysfunction", {"absent"}),
    ("ROS: no bone pain. Bowel/bladder nml. Appetite fair.", "bladder_dysfunction", {"absent"}),
    # shorthand return lines, and a precaution for a worsening of what is there now
    ("F/u PCP 1 wk. RTED prn new weakness, numbness in groin, trouble urinating.",
     "saddle_anesthesia", {"hypothetical"}),
    ("- RTC/ED prn new leg weakness or numbness, trouble with urine", "paresthesia",
     {"hypothetical"}),
    ("5. Call/RTC sooner prn leg numbness, weakness or pain that wakes him up.",
     "motor_weakness", {"hypothetical"}),
    # a precaution about a worsening speaks of the weakness the note states ...
    ("Exam: R EHL 4/5.\nRTC after MRI; call sooner for worsening weakness or any bowel/bladder change.",
     "motor_weakness", {"present"}),
    ("RTC after MRI; call sooner for worsening weakness or any bowel/bladder change.",
     "motor_weakness", {"present"}),
    # ... but says only what to watch for after an exam that denies it
    ("Exam: Strength 5/5 throughout.\nA/P: Acute LBP. Return to ED if weakness worsens, or for new numbness.",
     "motor_weakness", {"absent", "hypothetical"}),
    ("RTC after MRI; call sooner for worsening weakness or any bowel/bladder change.",
     "symptom_progression", {"hypothetical"}),
    ("L deltoid 4/5. RTC 4 wks, ED sooner for any arm weakness getting worse or trouble walking.",
     "motor_weakness", {"present"}),
    ("RTC 4 wks, ED sooner for any arm weakness getting worse or trouble walking.",
     "motor_weakness", {"present"}),
    ("Exam: Strength 5/5 throughout.\nRTC 4 wks, ED sooner for any arm weakness getting worse.",
     "motor_weakness", {"absent", "hypothetical"}),
    ("Return if worsening leg weakness or new numbness.", "paresthesia", {"hypothetical"}),
    # a worry about a diagnosis, by any word
    ("Anxiety about malignancy - reassured.", "malignancy", {"possible"}),
    ("Anxious about cauda equina after reading online.", "cauda_equina_syndrome", {"possible"}),
    # the first state of a then-and-now record
    ("Initial: pain 7/10, ODI 48%, SLR + L at 45 deg.\nAt D/C: pain 2/10, SLR neg bilat.",
     "severe_pain", {"historical"}),
    ("Initial: pain 7/10, ODI 48%, SLR + L at 45 deg.\nAt D/C: pain 2/10, SLR neg bilat.",
     "positive_straight_leg_raise", {"historical", "absent"}),
    ("Pre-procedure pain 7/10, post 2/10. No complications.", "severe_pain", {"historical"}),
    ("Pain 7/10 today.", "severe_pain", {"present"}),
    # a form's question is answered by its boxes, not doubted by its "?"; the checked "No"
    # denies its own field's label, however long, and no other field's
    ("Motor deficit?  [X] Y  [ ] N   -> R biceps 4/5", "motor_weakness", {"present"}),
    ("Physical therapy?  [X] Y  [ ] N   Dates: 09/22/2026 to 11/06/2026", "physical_therapy",
     {"present"}),
    ("Myelopathic signs (Hoffmann, clonus, gait change)?  [ ] Y  [X] N",
     "upper_motor_neuron_signs", {"absent"}),
    ("MRI (this region):  [ ] Y  [X] N", "prior_mri", {"absent"}),
    ("Prior imaging: X-ray [X] 09/02/2026   MRI [ ] Yes [X] No   CT [ ] Yes [X] No",
     "prior_xray", {"present"}),
    ("Epidural injection?  Y / N :  N", "epidural_steroid_injection", {"absent"}),
    ("Assessment: saddle anesthesia?\nPlan: MRI today.", "saddle_anesthesia", {"possible"}),
    # "w/o" is "without"; a denial stops at a comma before a score or a "with" clause
    ("Walks across the room w/o limp on camera.", "gait_abnormality", {"absent"}),
    ("Dx: L sciatica.\nGoals:\n2. Sit 60 min w/o leg pain to complete a shift - not met.",
     "radicular_pain", {"present"}),
    ("S: LBP x 3 wks, no known injury, 6/10, ache into L buttock and back of L thigh.",
     "radicular_pain", {"present"}),
    ("It started in August without any injury, with pain down the back of the arm into the "
     "middle finger.", "radicular_pain", {"present"}),
    ("No fever, chills, night sweats or weight loss.", "unexplained_weight_loss", {"absent"}),
    # a normal grade beside a weak one on the same exam line is a partial normal
    ("Strength: 5/5 deltoid/biceps/triceps bilaterally; R intrinsic hand muscles 4+/5.",
     "motor_weakness", {"present"}),
    ("Neuro: R plantarflexion 5/5 (4/5 pre-op), 10 single-leg heel raises.", "motor_weakness",
     {"absent"}),
    ("Strength 5/5 BLE. DTRs 2+ symmetric. Waddell signs 0/5.", "motor_weakness", {"absent"}),
    # a precaution for what is there now getting worse leaves it present
    ("ED precautions reviewed: new saddle numbness, inability to urinate, or leg weakness "
     "getting worse.", "motor_weakness", {"present"}),
    ("Return for saddle numbness, loss of bladder or bowel control, worsening leg weakness, "
     "fever.", "bowel_dysfunction", {"hypothetical"}),
    ("Return for saddle numbness, loss of bladder or bowel control, worsening leg weakness, "
     "fever.", "motor_weakness", {"present"}),
    ("If arm pain or weakness develop, or the neck pain worsens, call sooner.", "neck_pain",
     {"present"}),
    # a denied "any new" is denied, not to come
    ("He has not noticed any new weakness.", "motor_weakness", {"absent"}),
    ("Call for any new weakness.", "motor_weakness", {"hypothetical"}),
    # "increased" names the new sign a precaution lists, not one there now (NegEx set)
    ("Return if increased numbness in the groin or trouble urinating.", "saddle_anesthesia",
     {"hypothetical"}),
]


# session 10: general families from the blind batches d281-d310
GENERAL_RULES_10 = [
    # a study ordered is the one requested, not one done - the order after its name and code
    ("CT lumbar spine without contrast (72131) order placed.", "prior_ct", None),
    ("MRI thoracic spine w/o contrast order placed today.", "prior_mri", None),
    ("X-ray 2024 normal. MRI lumbar spine order placed.", "prior_xray", {"present"}),
    # a cue that opens a target's own words still reaches the list it opens
    ("Likely L4-5 disc herniation or lateral recess stenosis.", "spinal_stenosis",
     {"possible"}),
    ("Probable L5 radiculopathy or peroneal neuropathy.", "peripheral_neuropathy",
     {"possible"}),
    # a doubt the examiner withdraws on a repeat exam is denied
    ("Exam: ? foot drop - not on repeat exam.", "foot_drop", {"absent"}),
    ("? clonus L ankle - not on recheck.", "upper_motor_neuron_signs", {"absent"}),
    # what a study "does not explain" is there now, even inside a condition
    ("EMG if the CT does not explain the foot weakness.", "motor_weakness", {"present"}),
    ("Will refer to neurology if the MRI doesn't explain her hand numbness.", "paresthesia",
     {"present"}),
    # in-laws and step-relatives are relatives; one who calls or reads for the patient, or
    # tells him something, is no subject of the finding
    ("Her mother-in-law had a fusion for stenosis.", "prior_spine_surgery", {"family"}),
    ("Sister-in-law had breast cancer.", "malignancy", {"family"}),
    ("His stepfather had a lumbar fusion.", "prior_spine_surgery", {"family"}),
    ("His daughter read that numb feet can come from the back.", "paresthesia", {"present"}),
    ("Daughter to call if he starts leaking urine or his legs give way.",
     "bladder_dysfunction", {"hypothetical"}),
    ("Wife to call if he has any new leg weakness.", "motor_weakness", {"hypothetical"}),
    # a relative opening a clause is its subject past "and then"
    ('Her coworker had "the same thing," had an MRI and then a neck fusion.',
     "prior_spine_surgery", {"family"}),
    ("His brother had back pain and then a discectomy.", "prior_spine_surgery", {"family"}),
    # a treatment that never started was not done, though its name opens the clause
    ("PT authorization was denied by her plan on 11/05; PT never started.",
     "physical_therapy", {"absent"}),
    ("Insurance denied it in October; PT never started.", "physical_therapy", {"absent"}),
    # an earlier score in brackets is the first state
    ("Mid-back pain now 3/10 (8/10 at initial visit).", "severe_pain", {"historical"}),
    ("Pain 2/10 today (9/10 at first visit).", "severe_pain", {"historical"}),
    # a second study result the plan waits on is uncertain too
    ("Plan: TFESI; neurosurgery referral if weakness progresses or the CT shows a large "
     "herniation.", "disc_herniation", {"possible"}),
    ("Surgery if pain persists or the MRI shows severe stenosis.", "spinal_stenosis",
     {"possible"}),
    # a part of the exam deferred is no visit without an exam
    ("Exam: perineal exam deferred - transfer.", "in_person_exam", {"present"}),
    ("Exam: rectal exam deferred. Strength 5/5 throughout.", "in_person_exam", {"present"}),
    ("Telehealth visit, no exam performed.", "in_person_exam", {"absent"}),
    # a problem list's "resolved" ends the problem; "in remission" does not end a cancer
    ("PROBLEM LIST:\n- Lumbar disc herniation L5-S1 (2019) - resolved with PT, no surgery",
     "disc_herniation", {"historical"}),
    ("PROBLEM LIST:\n- Lumbar spinal stenosis - resolved\n- Hypertension - active",
     "spinal_stenosis", {"historical"}),
    ("PROBLEM LIST:\n- Hodgkin lymphoma (2015) - in remission", "malignancy", {"present"}),
    # a denied return or spread of a known cancer is no denial of it
    ("Hodgkin lymphoma in remission. Assessment: No clinical features of lymphoma "
     "recurrence.", "malignancy", {"present"}),
    ("Known breast cancer. CT C/A/P 08/14 - no bony mets then.", "malignancy", {"present"}),
    ("No history of cancer.", "malignancy", {"absent"}),
    # a procedure the plan times things after is still to come
    ("Plan: Off work until re-check 2 weeks after the injection.",
     "recent_spinal_procedure", None),
    ("If no better 2 weeks after the injection, consider surgery referral.",
     "recent_spinal_procedure", None),
    ("L5 TFESI 10/20. Now 2 weeks after the injection, leg pain 50% better.",
     "recent_spinal_procedure", {"present"}),
    # a drug titrated in the plan is started today, unless the note already gives it
    ("Meds: ibuprofen prn.\nPlan:\n3. Gabapentin 300 mg qhs titrate to TID.",
     "neuropathic_agent", {"hypothetical"}),
    ("Meds: gabapentin 300 mg TID.\nPlan: Gabapentin - titrate to 600 mg TID.",
     "neuropathic_agent", {"present"}),
    # a weakness the patient only feels, that the note's exam finds normal, is no sign
    ('HPI: Pt feels his right leg is "weak and wobbly" when he gets out of the car.\n'
     "Physical Exam:\nStrength 5/5 in all myotomes bilaterally, no give-way.",
     "motor_weakness", {"absent"}),
    ("HPI: She says her arms feel weak by evening.\nPhysical Exam:\nStrength 5/5 "
     "throughout.", "motor_weakness", {"absent"}),
    ("HPI: He feels his left leg is weak when climbing stairs.\nPhysical Exam:\n"
     "L EHL 4/5. Quads 5/5.", "motor_weakness", {"present"}),
    # a drug use that has ended is history; "former ... sober 8 years" is left as stated
    ("Red flags:\n[x] IV drug use - remote, heroin, in recovery since 2017, no use since",
     "iv_drug_use", {"historical"}),
    ("History of IV heroin use, sober since 2016.", "iv_drug_use", {"historical"}),
    ("#4 Remote IVDU - in sustained remission.", "iv_drug_use", {"historical"}),
    ("Active IVDU, last injected 4 days ago.", "iv_drug_use", {"present"}),
    # a work note given today, like a handout, leaves the restriction to come
    ("Dispo: Home. Heat 20 min TID, walk as tolerated. Work note given.",
     "activity_modification", {"hypothetical"}),
    # a work status is a restriction as well as a work limit (gold21b): "Off work x 3 days" says
    # the patient is off work now; the note written today is still to come
    ("Off work x 3 days; work note provided.", "activity_modification",
     {"hypothetical", "present"}),
    ("HPI: He has been on light duty per his work note since October.",
     "activity_modification", {"present"}),
]


@pytest.mark.parametrize("text, code, doubted", [
    ("CES unlikely - intact perineal sensation, voiding normally.", "cauda_equina_syndrome",
     True),
    ("Doubt radiculopathy.", "radiculopathy", True),
    ("Ulnar neuropathy less likely.", "peripheral_neuropathy", True),
    ("Concern for cauda equina syndrome.", "cauda_equina_syndrome", None),
    ("Concern for CES. Later: CES unlikely after a normal PVR.", "cauda_equina_syndrome", None),
    ("Cauda equina syndrome.", "cauda_equina_syndrome", None),
])
def test_a_doubted_diagnosis_is_marked_for_the_rules(findings_of, text, code, doubted):
    """A possible finding whose only uncertainty is a doubt carries `doubted: true`, so the
    rules can keep it from raising urgency or meeting an indication; one also suspected
    anywhere in the case is a plain possible."""
    _, result = findings_of(text)
    finding = next(f for f in result.findings if f.code == code and f.assertion in
                   ("possible", "present"))
    assert finding.doubted is doubted


@pytest.mark.parametrize("text, code, expected", PITFALLS + EVERYDAY + BLIND_BATCHES + GENERAL_RULES
                         + GENERAL_RULES_8
                         + GENERAL_RULES_8B + GENERAL_RULES_9 + GENERAL_RULES_10)
def test_assertion(findings_of, text, code, expected):
    table, _ = findings_of(text)
    assert table.get(code) == expected, table


def test_present_and_denied_in_one_note_both_appear(findings_of):
    table, result = findings_of(
        "HPI: reports numbness in the left foot.\nROS: denies numbness or tingling in the hands.")
    assert table["paresthesia"] == {"present", "absent"}
    assert all(f.evidence for f in result.findings)


def test_defined_abbreviation_is_recognised_later(findings_of):
    table, result = findings_of(
        "Instructed in a home exercise program (HEP). She did the HEP daily for 6 weeks "
        "without relief.")
    hep = [f for f in result.findings if f.code == "home_exercise_program"]
    assert hep and hep[0].assertion == "present"
    texts = {e.text for e in hep[0].evidence}
    assert "HEP" in texts


def test_what_ended_a_scope_is_recorded(nlp):
    from spinecite.pipeline import process

    doc = process("Denies weakness but reports numbness in the left foot.", nlp=nlp)
    negation = next(m for m in doc._.context_graph.modifiers
                    if m.category == "NEGATED_EXISTENCE")
    assert negation.metadata["terminated_by"]["literal"] == "but"
    start, end = negation.scope_span
    assert doc[start:end].text == "weakness"


def test_no_literal_has_two_rules():
    """A two-way trigger is one BIDIRECTIONAL rule, and a literal has one meaning: two rules
    on one literal match the same words, and medspaCy keeps only one of them, at random."""
    import json
    from collections import Counter

    from spinecite.pipeline.resources import CONTEXT_RULES

    rules = json.loads(CONTEXT_RULES.read_text(encoding="utf-8"))["context_rules"]
    seen = Counter(r["literal"].lower() for r in rules if "pattern" not in r)
    assert [key for key, n in seen.items() if n > 1] == []


@pytest.mark.parametrize("text", [
    "She had breast cancer in 2019. With new night pain in a patient with breast cancer, "
    "metastatic disease to the spine must be excluded.",
    "Known prostate cancer. Concern for metastatic disease to the lumbar spine.",
    "PMH: lung cancer, s/p lobectomy. New T8 pain - rule out spinal metastasis.",
])
def test_a_suspected_spread_of_a_known_cancer_is_that_cancer_with_its_words(findings_of, text):
    """ANNOTATION 'Known cancer': the suspected metastasis is that malignancy, present - and its
    words stay with it, so the rules still see the spread the note suspects (eviCore SP-1.2's
    clinical suspicion of malignancy reads `metastatic`)."""
    table, result = findings_of(text)
    assert table["malignancy"] == {"present"}
    cancer = next(f for f in result.findings if f.code == "malignancy")
    assert cancer.value is not None and cancer.value.metastatic is True
    assert any("metasta" in e.text.lower() for e in cancer.evidence)
