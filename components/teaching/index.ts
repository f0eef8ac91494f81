/**
 * The teaching components every chapter can use without importing them (passed to the MDX
 * content by src/pages/chapters/[slug].astro): worked examples, problems, misconception boxes and
 * results on a common basis. See docs/writing-a-chapter.md.
 */
import WorkedExample from './WorkedExample.astro';
import Question from './Question.astro';
import Step from './Step.astro';
import Misconception from './Misconception.astro';
import Instead from './Instead.astro';
import ProblemList from './ProblemList.astro';
import ResultsTable from './ResultsTable.astro';

export const teachingComponents = { WorkedExample, Question, Step, Misconception, Instead, ProblemList, ResultsTable };
