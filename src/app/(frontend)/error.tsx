'use client'

/** What a page shows when it fails on the server or in the browser: in Dutch, with a way on. */
export default function FrontendError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="container stack">
      <h1>Er ging iets mis</h1>
      <p>
        Deze pagina kon niet worden getoond. Probeer het opnieuw; lukt het dan nog niet, meld het dan bij de beheerder
        {error.digest && (
          <>
            {' '}
            met de code <code>{error.digest}</code>
          </>
        )}
        .
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={reset}>
          Opnieuw proberen
        </button>
        <a className="button-link" href="/">
          Naar de startpagina
        </a>
      </div>
    </main>
  )
}
