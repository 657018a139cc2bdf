/** What the desk worker sees once a referral is recorded: its code and the card that carries it. */
export function ReferralMade({ text, code, slug }: { text: string; code: string; slug: string }) {
  return (
    <div className="alert alert-info stack">
      <p>
        {text} Verwijscode: <strong data-testid="referral-code">{code}</strong>.
      </p>
      <p>
        <a href={`/wegwijzer/${slug}/verwijskaart?code=${encodeURIComponent(code)}`}>
          Verwijskaart met deze code printen of e-mailen
        </a>{' '}
        · <a href={`/registreren?verwijzing=${encodeURIComponent(code)}`}>Deze vraag registreren</a> ·{' '}
        <a href="/doorverwijzingen">Mijn doorverwijzingen</a>
      </p>
    </div>
  )
}
