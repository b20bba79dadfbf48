/**
 * Korean catalogue: the default language and the source of the key set.
 * `en.ts` must carry exactly these keys (checked by the compiler and by
 * `catalogues.test.ts`). `{name}` placeholders are filled by `t()`.
 */
export const ko = {
  'app.name': 'Modu · 모두',
  'app.tagline': '시민이 함께 제안하고 심사하는 참여·공모 플랫폼',
  'app.skipToContent': '본문으로 건너뛰기',
  'app.primaryNav': '주 메뉴',
  'app.footer': '모두(Modu)는 오픈 소스 시민 참여 플랫폼입니다.',
  'app.loading': '불러오는 중…',
  'app.notFound.title': '페이지를 찾을 수 없습니다',
  'app.notFound.body': '주소를 다시 확인하거나 처음 화면으로 돌아가 주세요.',
  'app.backHome': '처음 화면으로',

  'language.label': '언어 선택',
  'language.ko': '한국어',
  'language.en': 'English',

  'nav.home': '처음',
  'nav.signIn': '로그인',
  'nav.register': '회원가입',
  'nav.me': '내 정보',
  'nav.apiDocs': 'API 문서',

  'home.title': 'Modu · 모두',
  'home.description':
    '모두는 시민이 정책 아이디어를 제안하고, 공모전에 참여하고, 함께 심사하는 공공 참여 플랫폼입니다.',
  'home.signedInAs': '{name}님으로 로그인했습니다.',
  'home.signedOutLead': '참여하려면 로그인하거나 회원가입해 주세요.',
  'home.developers': '개발자용',

  'auth.signOut': '로그아웃',
  'auth.signingOut': '로그아웃하는 중…',

  'form.required': '필수',
  'form.optional': '선택',
  'form.errorSummary': '입력한 내용을 확인해 주세요.',
  'form.fieldRequired': '{field} 항목을 입력해 주세요.',
  'form.submitting': '보내는 중…',

  'field.email': '이메일',
  'field.password': '비밀번호',
  'field.displayName': '표시 이름',
  'field.displayName.hint': '다른 참여자에게 보이는 이름입니다.',
  'field.locale': '알림 메일 언어',
  'field.birthDate': '생년월일',
  'field.birthDate.hint': '만 14세 미만은 보호자(법정대리인)의 동의가 필요합니다.',
  'field.guardianName': '보호자 이름',
  'field.guardianEmail': '보호자 이메일',
  'field.newPassword': '새 비밀번호',
  'field.confirmPassword': '새 비밀번호 확인',

  'register.title': '회원가입',
  'register.lead': '모든 항목을 입력하고 필수 약관에 동의해 주세요.',
  'register.accountSection': '계정 정보',
  'register.guardianSection': '보호자(법정대리인) 정보',
  'register.guardianLead':
    '만 14세 미만이므로 보호자의 동의가 필요합니다. 입력한 보호자 이메일로 동의 요청을 보냅니다.',
  'register.requiredConsents': '필수 동의',
  'register.optionalConsents': '선택 동의 (동의하지 않아도 가입할 수 있습니다)',
  'register.consentAgree': '{title}: 동의합니다',
  'register.consentRequiredError': '필수 항목에 동의해야 가입할 수 있습니다: {title}',
  'register.consentsLoading': '약관을 불러오는 중…',
  'register.consentsFailed': '약관을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  'register.birthDateInvalid': '생년월일을 YYYY-MM-DD 형식의 지난 날짜로 입력해 주세요.',
  'register.submit': '가입하기',
  'register.doneTitle': '메일을 확인해 주세요',
  'register.doneBody':
    '가입 신청을 받았습니다. 입력한 주소로 인증 메일을 보냈습니다. 메일의 링크를 눌러 이메일 인증을 마쳐 주세요.',
  'register.haveAccount': '이미 계정이 있으신가요?',

  'signIn.title': '로그인',
  'signIn.submit': '로그인',
  'signIn.wrongCredentials': '이메일 또는 비밀번호가 올바르지 않습니다.',
  'signIn.throttled': '시도가 너무 많습니다. {seconds}초 후에 다시 시도해 주세요.',
  'signIn.throttledNoDelay': '시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.',
  'signIn.forgotPassword': '비밀번호를 잊으셨나요?',
  'signIn.noAccount': '계정이 없으신가요?',

  'verifyEmail.title': '이메일 인증',
  'verifyEmail.pending': '이메일 주소를 확인하는 중…',
  'verifyEmail.success': '이메일 인증을 마쳤습니다. 감사합니다.',
  'verifyEmail.missingToken': '인증 링크가 올바르지 않습니다. 메일의 링크를 다시 눌러 주세요.',

  'resetPassword.title': '비밀번호 재설정',
  'resetPassword.requestLead': '가입한 이메일 주소를 입력하면 비밀번호 재설정 링크를 보내 드립니다.',
  'resetPassword.requestSubmit': '재설정 링크 받기',
  'resetPassword.requestDone':
    '가입된 주소라면 비밀번호 재설정 링크를 보냈습니다. 메일함을 확인해 주세요.',
  'resetPassword.confirmLead': '새로 사용할 비밀번호를 입력해 주세요.',
  'resetPassword.confirmSubmit': '비밀번호 바꾸기',
  'resetPassword.mismatch': '두 비밀번호가 서로 다릅니다.',
  'resetPassword.confirmDone': '비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.',

  'guardian.title': '보호자 동의',
  'guardian.lead':
    '{guardian}님, {child}님이 모두(Modu)에 가입하려고 합니다. 만 14세 미만 아동의 가입에는 보호자의 동의가 필요합니다. 아래 내용을 읽어 주세요.',
  'guardian.documents': '동의 요청 내용',
  'guardian.submit': '위 내용에 동의합니다',
  'guardian.done': '동의해 주셔서 감사합니다. {child}님이 이제 모두를 이용할 수 있습니다.',
  'guardian.missingToken': '동의 링크가 올바르지 않습니다. 메일의 링크를 다시 눌러 주세요.',

  'consent.required': '필수',
  'consent.optional': '선택',
  'consent.version': '시행일 {version}',
  'consent.bodyLabel': '{title} 전문',

  'me.title': '내 정보',
  'me.signInRequired': '내 정보를 보려면 로그인해 주세요.',
  'me.email': '이메일',
  'me.displayName': '표시 이름',
  'me.locale': '알림 메일 언어',
  'me.birthDate': '생년월일',
  'me.emailVerified': '이메일 인증',
  'me.yes': '완료',
  'me.no': '미완료',
  'me.restrictions': '이용 제한',
  'me.noRestrictions': '없음',
  'me.restriction.email_unverified': '이메일 인증 전입니다. 메일의 인증 링크를 눌러 주세요.',
  'me.restriction.guardian_consent_pending': '보호자 동의를 기다리고 있습니다.',
  'me.export': '내 정보 내려받기 (JSON)',
  'me.exporting': '내려받는 중…',
  'me.exportHint': '저장된 내 정보를 JSON 파일로 내려받습니다.',

  'locale.ko': '한국어',
  'locale.en': '영어 (English)',

  'error.generic': '문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
  'error.network': '서버에 연결할 수 없습니다. 인터넷 연결을 확인해 주세요.',
} as const

export type MessageKey = keyof typeof ko
