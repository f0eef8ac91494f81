/** How many questions of each skill a bank holds, in the schema's order (instructors' page). */
import { SKILLS, type Skill } from './bankSchema';

export function skillMix(questions: readonly { skill: Skill }[]): { skill: Skill; count: number }[] {
  return SKILLS.map((skill) => ({ skill, count: questions.filter((q) => q.skill === skill).length })).filter((s) => s.count > 0);
}
