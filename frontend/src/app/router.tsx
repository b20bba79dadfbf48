import { createBrowserRouter } from 'react-router'
import { Layout } from './layout'
import { ContestRoute } from './routes/contest'
import { ContestsRoute } from './routes/contests'
import { EntryRoute } from './routes/entry'
import { GuardianConsentRoute } from './routes/guardian-consent'
import { HomeRoute } from './routes/home'
import { MeRoute } from './routes/me'
import { MyEntriesRoute } from './routes/my-entries'
import { NotFoundRoute } from './routes/not-found'
import { RegisterRoute } from './routes/register'
import { RouteErrorRoute } from './routes/route-error'
import { ResetPasswordRoute } from './routes/reset-password'
import { SignInRoute } from './routes/sign-in'
import { VerifyEmailRoute } from './routes/verify-email'

/**
 * Every page has a URL a person can bookmark and share; filters and paging
 * live in the query string. The server's emails link to /verify-email,
 * /reset-password, /guardian-consent and /judging, and certificates to
 * /certificates/<code>: do not rename those.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        // A page that throws while rendering shows this inside the layout, not a blank screen.
        errorElement: <RouteErrorRoute />,
        children: [
          { path: '/', element: <HomeRoute /> },
          { path: '/contests', element: <ContestsRoute /> },
          { path: '/contests/:contestId', element: <ContestRoute /> },
          // `?entry=<id>` once the draft exists on the server.
          { path: '/contests/:contestId/entry', element: <EntryRoute /> },
          // Results, gallery, vote and certificates are visited in their season, not on every
          // visit: they load on first use. Certificates print a link to /certificates/<code>.
          {
            path: '/contests/:contestId/results',
            lazy: async () => ({ Component: (await import('./routes/results')).ResultsRoute }),
          },
          {
            path: '/contests/:contestId/gallery',
            lazy: async () => ({ Component: (await import('./routes/gallery')).GalleryRoute }),
          },
          { path: '/contests/:contestId/vote', lazy: async () => ({ Component: (await import('./routes/vote')).VoteRoute }) },
          { path: '/certificates', lazy: async () => ({ Component: (await import('./routes/certificates')).CertificatesRoute }) },
          {
            path: '/certificates/:code',
            lazy: async () => ({ Component: (await import('./routes/certificates')).CertificateRoute }),
          },
          { path: '/me/entries', element: <MyEntriesRoute /> },
          { path: '/register', element: <RegisterRoute /> },
          { path: '/sign-in', element: <SignInRoute /> },
          { path: '/verify-email', element: <VerifyEmailRoute /> },
          { path: '/reset-password', element: <ResetPasswordRoute /> },
          { path: '/guardian-consent', element: <GuardianConsentRoute /> },
          { path: '/me', element: <MeRoute /> },
          // The judge invitation mail links to /judging. Few people judge: these
          // screens load on first visit instead of weighing on the public pages.
          { path: '/judging', lazy: async () => ({ Component: (await import('./routes/judging')).JudgingRoute }) },
          {
            path: '/judging/stages/:stageId',
            lazy: async () => ({ Component: (await import('./routes/judging-stage')).JudgingStageRoute }),
          },
          {
            path: '/judging/stages/:stageId/assignments/:assignmentId',
            lazy: async () => ({ Component: (await import('./routes/judging-assignment')).JudgingAssignmentRoute }),
          },
          // Organizer tools: a separate chunk per area, loaded on first visit, never by citizens' pages.
          {
            path: '/organize',
            lazy: async () => ({ Component: (await import('./routes/organize')).OrganizeRoute }),
          },
          {
            path: '/organize/organizations/:organizationId/contests/new',
            lazy: async () => ({ Component: (await import('./routes/organize')).NewContestRoute }),
          },
          {
            path: '/organize/contests/:contestId',
            lazy: async () => ({ Component: (await import('./routes/organize')).OrganizeContestRoute }),
          },
          {
            path: '/organize/contests/:contestId/entries',
            lazy: async () => ({ Component: (await import('./routes/organize-entries')).ScreeningRoute }),
          },
          {
            path: '/organize/contests/:contestId/stages',
            lazy: async () => ({ Component: (await import('./routes/organize-stages')).StagesAdminRoute }),
          },
          {
            path: '/organize/stages/:stageId',
            lazy: async () => ({ Component: (await import('./routes/organize-stages')).StageAdminRoute }),
          },
          {
            path: '/organize/stages/:stageId/results',
            lazy: async () => ({ Component: (await import('./routes/organize-entries')).StageResultsRoute }),
          },
          {
            path: '/organize/contests/:contestId/awards',
            lazy: async () => ({ Component: (await import('./routes/organize-awards')).AwardsAdminRoute }),
          },
          {
            path: '/organize/contests/:contestId/vote',
            lazy: async () => ({ Component: (await import('./routes/organize-awards')).BallotAdminRoute }),
          },
          {
            path: '/organize/contests/:contestId/announcement',
            lazy: async () => ({ Component: (await import('./routes/organize-awards')).AnnouncementAdminRoute }),
          },
          // Teams: the team invitation mail links to /me/teams (src/routes/team_invitations.rs).
          {
            path: '/me/teams',
            lazy: async () => ({ Component: (await import('./routes/teams')).MyTeamsRoute }),
          },
          {
            path: '/teams/:teamId',
            lazy: async () => ({ Component: (await import('./routes/teams')).TeamRoute }),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
])
