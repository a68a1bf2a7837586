import type { FormProblem } from '@/lib/authErrors'

/**
 * The form-level problems. The live region is always in the page (empty when there is nothing
 * to say), so screen readers announce the problems when they appear.
 */
export const FormProblems = ({ id, problems }: { id: string; problems: FormProblem[] }) => (
  <div id={id} role="alert" className="form-problems">
    {problems.length === 1 && <p>{problems[0]?.message}</p>}
    {problems.length > 1 && (
      <ul>
        {problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
    )}
  </div>
)
