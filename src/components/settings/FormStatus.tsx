/** The problem (alert) and success (status) lines under a settings form; both regions always exist. */
export const FormStatus = ({ problem, done }: { problem: string | null; done: string | null }) => (
  <>
    <div role="alert" className="form-problems">
      {problem && <p>{problem}</p>}
    </div>
    <p role="status" className={done ? 'notice notice--ok' : undefined}>
      {done ?? ''}
    </p>
  </>
)
