export { type PitRow, pitPriority, readPits } from "./pit-priority.repository.ts";
