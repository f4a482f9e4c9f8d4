export { findFigures } from "./find-figures.js";
