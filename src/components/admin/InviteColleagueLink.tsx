/** Above the users list: new accounts come only through an invitation. */
export function InviteColleagueLink() {
  return (
    <p className="infopunt-list-links">
      <a href="/admin/collega-uitnodigen">Collega uitnodigen</a> · Een nieuwe collega kiest zelf een wachtwoord via de
      link in de uitnodiging.
    </p>
  )
}
