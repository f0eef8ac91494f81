// @vitest-environment happy-dom
/** The problems and labs tally re-reads its record when the dashboard beside it imports or resets. */
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import ProblemTally from '../../../components/progress/ProblemTally.svelte';
import { emptyProblemProgress, PROBLEM_PROGRESS_EVENT, PROBLEM_PROGRESS_KEY, recordAttempt } from '../../../src/lib/problems/problemProgress';

const props = {
  chapters: [{ slug: 'one', title: 'One', href: '/chapters/one/', problemIds: ['p1', 'p2'] }],
  labs: [{ id: 'mossy', title: 'Mossy', href: '/labs/mossy/', checkpointIds: ['onset'] }],
};

describe('ProblemTally', () => {
  it('counts what this browser saved and follows a replaced or cleared record', async () => {
    localStorage.setItem(PROBLEM_PROGRESS_KEY, JSON.stringify(recordAttempt(emptyProblemProgress(), 'one/p1', true, new Date())));
    const { container } = render(ProblemTally, { props });
    await tick();
    expect(container.textContent).toContain('You have attempted 1 and solved 1 of the 2');
    localStorage.setItem(PROBLEM_PROGRESS_KEY, JSON.stringify(recordAttempt(emptyProblemProgress(), 'labs/mossy/onset', true, new Date())));
    window.dispatchEvent(new Event(PROBLEM_PROGRESS_EVENT));
    await tick();
    expect(container.textContent).toContain('You have attempted 0 and solved 0 of the 2');
    localStorage.removeItem(PROBLEM_PROGRESS_KEY);
    window.dispatchEvent(new Event(PROBLEM_PROGRESS_EVENT));
    await tick();
    expect(container.textContent).toContain('You have attempted 0 and solved 0');
  });
});
