/** Above the organisations list: the way to the bulk import and the exports. */
export function OrganisationImportLinks() {
  return (
    <p className="infopunt-list-links">
      <a href="/admin/organisaties-importeren">Importeren uit CSV of Excel</a> ·{' '}
      <a href="/admin/open-referral-importeren">Importeren uit een andere wegwijzer (Open Referral)</a> ·{' '}
      <a href="/api/organisations-export?format=xlsx">Exporteren naar Excel</a> ·{' '}
      <a href="/api/organisations-export?format=csv">Exporteren naar CSV</a>
    </p>
  )
}
