export { findDates } from "./find-dates.js";
