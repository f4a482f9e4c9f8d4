export { findAssessments } from "./find-assessments.js";
