import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import type { Me } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useAddMember, useMembers, useRemoveMember, type MemberView } from '../api/organizations'
import { organizeFieldMessage } from '../utils/field-errors'

interface OrganizationMembersProps {
  organizationId: string
  organizationName: string
  me: Me
}

/** The organization's organizers: who they are, adding one by the email of an existing account, removing one. */
export function OrganizationMembers({ organizationId, organizationName, me }: OrganizationMembersProps) {
  const { t } = useI18n()
  const members = useMembers(organizationId)
  const remove = useRemoveMember(organizationId)
  const [notice, setNotice] = useState<string | null>(null)
  const headingId = `org-${organizationId}-members`
  const items = members.data?.pages.flatMap((page) => page.items) ?? []
  const nameOf = (m: MemberView) => m.display_name || m.email || m.user_id

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organize.members.title')}</h3>
      {members.isError && (
        <ErrorAlert>
          <p>{errorMessage(members.error, t)}</p>
        </ErrorAlert>
      )}
      {members.isPending && <p role="status">{t('app.loading')}</p>}
      {items.length > 0 && (
        <ul className="member-list" aria-label={t('organize.members.listOf', { organization: organizationName })}>
          {items.map((member) => (
            <li key={member.user_id}>
              <span>
                {nameOf(member)}
                {member.email && member.email !== member.display_name && <span className="member-email">{` <${member.email}>`}</span>}
              </span>{' '}
              <span className="badge">{member.role === 'organizer' ? t('organize.members.organizer') : member.role}</span>
              {member.user_id === me.id ? (
                <span className="member-you">{t('organize.members.you')}</span>
              ) : (
                <Button
                  variant="secondary"
                  className="button-small"
                  busy={remove.isPending && remove.variables === member.user_id}
                  onClick={() =>
                    remove.mutate(member.user_id, {
                      onSuccess: () => setNotice(t('organize.members.removed', { name: nameOf(member) })),
                    })
                  }
                >
                  {t('organize.members.remove', { name: nameOf(member) })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {members.hasNextPage && (
        <Button variant="secondary" busy={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>
          {t('organize.members.more')}
        </Button>
      )}
      {remove.isError && (
        <ErrorAlert>
          <p>{errorMessage(remove.error, t)}</p>
        </ErrorAlert>
      )}
      {notice && (
        <StatusMessage>
          <p>{notice}</p>
        </StatusMessage>
      )}
      <AddMemberForm organizationId={organizationId} onAdded={(name) => setNotice(t('organize.members.added', { name }))} />
    </section>
  )
}

function AddMemberForm({ organizationId, onAdded }: { organizationId: string; onAdded: (name: string) => void }) {
  const { t } = useI18n()
  const add = useAddMember(organizationId)
  const [email, setEmail] = useState('')
  const id = `org-${organizationId}-new-member`
  const fieldError = add.error instanceof ApiError ? add.error.problem.errors?.find((e) => e.field === 'email') : undefined
  const fieldMessage = fieldError ? organizeFieldMessage(fieldError, t) : undefined
  const conflict = add.error instanceof ApiError && add.error.status === 409
  const problem = add.isError ? (fieldMessage ?? (conflict ? t('organize.members.already') : errorMessage(add.error, t))) : null
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        add.mutate(email.trim(), {
          onSuccess: (member) => {
            setEmail('')
            onAdded(member.display_name)
          },
        })
      }}
    >
      <Field
        id={id}
        type="email"
        autoComplete="off"
        label={t('organize.members.email')}
        hint={t('organize.members.emailHint')}
        error={fieldMessage}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      {problem && (
        <ErrorAlert>
          <p>{problem}</p>
        </ErrorAlert>
      )}
      <Button type="submit" variant="secondary" busy={add.isPending}>
        {t('organize.members.add')}
      </Button>
    </form>
  )
}
