'use client'

import { useEffect, useRef } from 'react'

/** Why the startpage opened instead of the page asked for; the focus goes to it, so it is read first. */
export function NoAccessNotice({ message }: { message: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="alert alert-error" role="alert" aria-labelledby="geen-toegang">
      <h2 id="geen-toegang" ref={heading} tabIndex={-1}>
        Geen toegang
      </h2>
      <p>{message}</p>
    </div>
  )
}
