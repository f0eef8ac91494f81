/**
 * The one pass mark of the SCORM packages: the share of the total score a learner needs for the
 * LMS to record "passed". It is written into each package (SCORM 1.2 adlcp:masteryscore, SCORM 2004
 * imsss:minNormalizedMeasure) and applied by the player, which reports passed or failed itself.
 * To change it, change it here and rebuild the packages.
 */
export const PASS_MARK = 0.7;
