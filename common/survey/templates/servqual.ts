// SERVQUAL (Parasuraman, Zeithaml & Berry 1988): 22 items in five dimensions, asked twice on a
// 7-point agreement scale, first as expectations of an excellent store, then as perceptions of
// this brand. Row ids are the same in both matrices of a dimension, so gap = perception −
// expectation per item and per dimension. Items are worded positively, as in the authors' 1991
// refinement, so no item needs reverse scoring.
import type { LocalizedText, SurveyDefinitionInput } from '../definition';
import type { SurveyTemplate } from './template';
import { THANK_YOU, THANK_YOU_MESSAGE, templateLanguages } from './template';

interface ServqualItem {
  id: string;
  expectation: LocalizedText;
  perception: LocalizedText;
}

interface ServqualDimension {
  /** `exp_<key>` and `perc_<key>` are the question ids. */
  key: 'tangibles' | 'reliability' | 'responsiveness' | 'assurance' | 'empathy';
  title: LocalizedText;
  items: ServqualItem[];
}

export const SERVQUAL_DIMENSIONS: ServqualDimension[] = [
  {
    key: 'tangibles',
    title: {
      en: 'Facilities and appearance',
      es: 'Instalaciones y apariencia',
      'zh-CN': '设施与形象',
      'zh-TW': '設施與形象',
    },
    items: [
      {
        id: 't1',
        expectation: {
          en: 'Excellent stores will have modern-looking equipment.',
          es: 'Las tiendas excelentes tienen equipos de aspecto moderno.',
          'zh-CN': '优秀的门店拥有外观现代的设施设备。',
          'zh-TW': '優秀的門市擁有外觀新穎的設備。',
        },
        perception: {
          en: '{{h:brand}} has modern-looking equipment.',
          es: '{{h:brand}} tiene equipos de aspecto moderno.',
          'zh-CN': '{{h:brand}}的设施设备外观现代。',
          'zh-TW': '{{h:brand}}的設備外觀新穎。',
        },
      },
      {
        id: 't2',
        expectation: {
          en: 'The physical facilities of excellent stores will be visually appealing.',
          es: 'Las instalaciones de las tiendas excelentes son visualmente atractivas.',
          'zh-CN': '优秀门店的店面环境和设施赏心悦目。',
          'zh-TW': '優秀門市的店面環境與設施賞心悅目。',
        },
        perception: {
          en: 'The physical facilities of {{h:brand}} are visually appealing.',
          es: 'Las instalaciones de {{h:brand}} son visualmente atractivas.',
          'zh-CN': '{{h:brand}}的店面环境和设施赏心悦目。',
          'zh-TW': '{{h:brand}}的店面環境與設施賞心悅目。',
        },
      },
      {
        id: 't3',
        expectation: {
          en: 'Employees of excellent stores will be neat in appearance.',
          es: 'El personal de las tiendas excelentes tiene una apariencia pulcra.',
          'zh-CN': '优秀门店的员工仪表整洁。',
          'zh-TW': '優秀門市的員工儀容整潔。',
        },
        perception: {
          en: 'Employees of {{h:brand}} are neat in appearance.',
          es: 'El personal de {{h:brand}} tiene una apariencia pulcra.',
          'zh-CN': '{{h:brand}}的员工仪表整洁。',
          'zh-TW': '{{h:brand}}的員工儀容整潔。',
        },
      },
      {
        id: 't4',
        expectation: {
          en: 'In excellent stores, materials associated with the service (such as brochures, receipts or signs) will be visually appealing.',
          es: 'En las tiendas excelentes, los materiales relacionados con el servicio (folletos, recibos o carteles) son visualmente atractivos.',
          'zh-CN': '优秀门店与服务相关的物料（如宣传册、购物小票、标识）美观大方。',
          'zh-TW': '優秀門市與服務相關的物品（如型錄、發票、標示）美觀大方。',
        },
        perception: {
          en: 'Materials associated with the service (such as brochures, receipts or signs) are visually appealing at {{h:brand}}.',
          es: 'Los materiales relacionados con el servicio de {{h:brand}} (folletos, recibos o carteles) son visualmente atractivos.',
          'zh-CN': '{{h:brand}}与服务相关的物料（如宣传册、购物小票、标识）美观大方。',
          'zh-TW': '{{h:brand}}與服務相關的物品（如型錄、發票、標示）美觀大方。',
        },
      },
    ],
  },
  {
    key: 'reliability',
    title: {
      en: 'Keeping promises',
      es: 'Cumplimiento de lo prometido',
      'zh-CN': '信守承诺',
      'zh-TW': '信守承諾',
    },
    items: [
      {
        id: 'rel1',
        expectation: {
          en: 'When excellent stores promise to do something by a certain time, they will do so.',
          es: 'Cuando las tiendas excelentes prometen hacer algo en un plazo determinado, lo cumplen.',
          'zh-CN': '优秀门店承诺在某个时间之前完成的事情，都会按时做到。',
          'zh-TW': '優秀門市承諾在某個時間之前完成的事，都會準時做到。',
        },
        perception: {
          en: 'When {{h:brand}} promises to do something by a certain time, it does so.',
          es: 'Cuando {{h:brand}} promete hacer algo en un plazo determinado, lo cumple.',
          'zh-CN': '{{h:brand}}承诺在某个时间之前完成的事情，都会按时做到。',
          'zh-TW': '{{h:brand}}承諾在某個時間之前完成的事，都會準時做到。',
        },
      },
      {
        id: 'rel2',
        expectation: {
          en: 'When a customer has a problem, excellent stores will show a sincere interest in solving it.',
          es: 'Cuando un cliente tiene un problema, las tiendas excelentes muestran un interés sincero en resolverlo.',
          'zh-CN': '顾客遇到问题时，优秀门店会真心诚意地帮忙解决。',
          'zh-TW': '顧客遇到問題時，優秀門市會真心誠意地協助解決。',
        },
        perception: {
          en: 'When you have a problem, {{h:brand}} shows a sincere interest in solving it.',
          es: 'Cuando usted tiene un problema, {{h:brand}} muestra un interés sincero en resolverlo.',
          'zh-CN': '当您遇到问题时，{{h:brand}}会真心诚意地帮忙解决。',
          'zh-TW': '當您遇到問題時，{{h:brand}}會真心誠意地協助解決。',
        },
      },
      {
        id: 'rel3',
        expectation: {
          en: 'Excellent stores will get the service right the first time.',
          es: 'Las tiendas excelentes prestan el servicio correctamente a la primera.',
          'zh-CN': '优秀门店第一次就能把服务做好。',
          'zh-TW': '優秀門市第一次就能把服務做好。',
        },
        perception: {
          en: '{{h:brand}} gets the service right the first time.',
          es: '{{h:brand}} presta el servicio correctamente a la primera.',
          'zh-CN': '{{h:brand}}第一次就能把服务做好。',
          'zh-TW': '{{h:brand}}第一次就能把服務做好。',
        },
      },
      {
        id: 'rel4',
        expectation: {
          en: 'Excellent stores will provide their services at the time they promise to do so.',
          es: 'Las tiendas excelentes prestan sus servicios en el momento en que se comprometen a hacerlo.',
          'zh-CN': '优秀门店会在承诺的时间提供服务。',
          'zh-TW': '優秀門市會在承諾的時間提供服務。',
        },
        perception: {
          en: '{{h:brand}} provides its services at the time it promises to do so.',
          es: '{{h:brand}} presta sus servicios en el momento en que se compromete a hacerlo.',
          'zh-CN': '{{h:brand}}会在承诺的时间提供服务。',
          'zh-TW': '{{h:brand}}會在承諾的時間提供服務。',
        },
      },
      {
        id: 'rel5',
        expectation: {
          en: 'Excellent stores will insist on error-free records (orders, bills, receipts).',
          es: 'Las tiendas excelentes se aseguran de que sus registros (pedidos, facturas, recibos) no tengan errores.',
          'zh-CN': '优秀门店坚持做到各类记录（订单、账单、小票）准确无误。',
          'zh-TW': '優秀門市堅持各項紀錄（訂單、帳單、發票）正確無誤。',
        },
        perception: {
          en: '{{h:brand}} insists on error-free records (orders, bills, receipts).',
          es: '{{h:brand}} se asegura de que sus registros (pedidos, facturas, recibos) no tengan errores.',
          'zh-CN': '{{h:brand}}坚持做到各类记录（订单、账单、小票）准确无误。',
          'zh-TW': '{{h:brand}}堅持各項紀錄（訂單、帳單、發票）正確無誤。',
        },
      },
    ],
  },
  {
    key: 'responsiveness',
    title: {
      en: 'Prompt and willing help',
      es: 'Rapidez y disposición para ayudar',
      'zh-CN': '及时响应',
      'zh-TW': '即時回應',
    },
    items: [
      {
        id: 'res1',
        expectation: {
          en: 'Employees of excellent stores will tell customers exactly when services will be performed.',
          es: 'El personal de las tiendas excelentes informa a los clientes de cuándo exactamente se prestará cada servicio.',
          'zh-CN': '优秀门店的员工会明确告诉顾客服务的具体时间。',
          'zh-TW': '優秀門市的員工會明確告知顧客服務的確切時間。',
        },
        perception: {
          en: 'Employees of {{h:brand}} tell you exactly when services will be performed.',
          es: 'El personal de {{h:brand}} le informa de cuándo exactamente se prestará cada servicio.',
          'zh-CN': '{{h:brand}}的员工会明确告诉您服务的具体时间。',
          'zh-TW': '{{h:brand}}的員工會明確告知您服務的確切時間。',
        },
      },
      {
        id: 'res2',
        expectation: {
          en: 'Employees of excellent stores will give prompt service to customers.',
          es: 'El personal de las tiendas excelentes atiende a los clientes con rapidez.',
          'zh-CN': '优秀门店的员工能为顾客提供及时的服务。',
          'zh-TW': '優秀門市的員工能為顧客提供迅速的服務。',
        },
        perception: {
          en: 'Employees of {{h:brand}} give you prompt service.',
          es: 'El personal de {{h:brand}} le atiende con rapidez.',
          'zh-CN': '{{h:brand}}的员工能为您提供及时的服务。',
          'zh-TW': '{{h:brand}}的員工能為您提供迅速的服務。',
        },
      },
      {
        id: 'res3',
        expectation: {
          en: 'Employees of excellent stores will always be willing to help customers.',
          es: 'El personal de las tiendas excelentes siempre está dispuesto a ayudar a los clientes.',
          'zh-CN': '优秀门店的员工总是乐于帮助顾客。',
          'zh-TW': '優秀門市的員工總是樂於協助顧客。',
        },
        perception: {
          en: 'Employees of {{h:brand}} are always willing to help you.',
          es: 'El personal de {{h:brand}} siempre está dispuesto a ayudarle.',
          'zh-CN': '{{h:brand}}的员工总是乐于帮助您。',
          'zh-TW': '{{h:brand}}的員工總是樂於協助您。',
        },
      },
      {
        id: 'res4',
        expectation: {
          en: "Employees of excellent stores will never be too busy to respond to customers' requests.",
          es: 'El personal de las tiendas excelentes nunca está demasiado ocupado para atender las peticiones de los clientes.',
          'zh-CN': '优秀门店的员工再忙也会及时回应顾客的需求。',
          'zh-TW': '優秀門市的員工再忙也會即時回應顧客的需求。',
        },
        perception: {
          en: 'Employees of {{h:brand}} are never too busy to respond to your requests.',
          es: 'El personal de {{h:brand}} nunca está demasiado ocupado para atender sus peticiones.',
          'zh-CN': '{{h:brand}}的员工再忙也会及时回应您的需求。',
          'zh-TW': '{{h:brand}}的員工再忙也會即時回應您的需求。',
        },
      },
    ],
  },
  {
    key: 'assurance',
    title: {
      en: 'Confidence and courtesy',
      es: 'Confianza y cortesía',
      'zh-CN': '专业与可信',
      'zh-TW': '專業與可信賴',
    },
    items: [
      {
        id: 'a1',
        expectation: {
          en: 'The behavior of employees of excellent stores will instill confidence in customers.',
          es: 'El comportamiento del personal de las tiendas excelentes transmite confianza a los clientes.',
          'zh-CN': '优秀门店员工的言行举止让顾客感到可以信赖。',
          'zh-TW': '優秀門市員工的言行舉止讓顧客感到值得信賴。',
        },
        perception: {
          en: 'The behavior of employees of {{h:brand}} instills confidence in you.',
          es: 'El comportamiento del personal de {{h:brand}} le transmite confianza.',
          'zh-CN': '{{h:brand}}员工的言行举止让您感到可以信赖。',
          'zh-TW': '{{h:brand}}員工的言行舉止讓您感到值得信賴。',
        },
      },
      {
        id: 'a2',
        expectation: {
          en: 'Customers of excellent stores will feel safe in their transactions.',
          es: 'Los clientes de las tiendas excelentes realizan sus compras y pagos con total seguridad.',
          'zh-CN': '在优秀门店购物和付款，顾客会感到安心。',
          'zh-TW': '在優秀門市購物和付款，顧客會感到安心。',
        },
        perception: {
          en: 'You feel safe in your transactions with {{h:brand}}.',
          es: 'Realizar sus compras y pagos en {{h:brand}} le da seguridad.',
          'zh-CN': '在{{h:brand}}购物和付款，您感到安心。',
          'zh-TW': '在{{h:brand}}購物和付款，您感到安心。',
        },
      },
      {
        id: 'a3',
        expectation: {
          en: 'Employees of excellent stores will be consistently courteous with customers.',
          es: 'El personal de las tiendas excelentes siempre es cortés con los clientes.',
          'zh-CN': '优秀门店的员工始终对顾客以礼相待。',
          'zh-TW': '優秀門市的員工始終對顧客彬彬有禮。',
        },
        perception: {
          en: 'Employees of {{h:brand}} are consistently courteous with you.',
          es: 'El personal de {{h:brand}} siempre es cortés con usted.',
          'zh-CN': '{{h:brand}}的员工始终对您以礼相待。',
          'zh-TW': '{{h:brand}}的員工始終對您彬彬有禮。',
        },
      },
      {
        id: 'a4',
        expectation: {
          en: "Employees of excellent stores will have the knowledge to answer customers' questions.",
          es: 'El personal de las tiendas excelentes tiene los conocimientos necesarios para responder a las preguntas de los clientes.',
          'zh-CN': '优秀门店的员工具备解答顾客问题的专业知识。',
          'zh-TW': '優秀門市的員工具備解答顧客問題的專業知識。',
        },
        perception: {
          en: 'Employees of {{h:brand}} have the knowledge to answer your questions.',
          es: 'El personal de {{h:brand}} tiene los conocimientos necesarios para responder a sus preguntas.',
          'zh-CN': '{{h:brand}}的员工具备解答您问题的专业知识。',
          'zh-TW': '{{h:brand}}的員工具備解答您問題的專業知識。',
        },
      },
    ],
  },
  {
    key: 'empathy',
    title: {
      en: 'Personal attention',
      es: 'Atención personalizada',
      'zh-CN': '贴心关怀',
      'zh-TW': '貼心關懷',
    },
    items: [
      {
        id: 'e1',
        expectation: {
          en: 'Excellent stores will give customers individual attention.',
          es: 'Las tiendas excelentes prestan atención individual a cada cliente.',
          'zh-CN': '优秀门店会给予每位顾客个别的关照。',
          'zh-TW': '優秀門市會給予每位顧客個別的關照。',
        },
        perception: {
          en: '{{h:brand}} gives you individual attention.',
          es: '{{h:brand}} le presta atención individual.',
          'zh-CN': '{{h:brand}}会给予您个别的关照。',
          'zh-TW': '{{h:brand}}會給予您個別的關照。',
        },
      },
      {
        id: 'e2',
        expectation: {
          en: 'Excellent stores will have opening hours convenient to all their customers.',
          es: 'Las tiendas excelentes tienen un horario que conviene a todos sus clientes.',
          'zh-CN': '优秀门店的营业时间方便所有顾客。',
          'zh-TW': '優秀門市的營業時間方便所有顧客。',
        },
        perception: {
          en: '{{h:brand}} has opening hours convenient to you.',
          es: '{{h:brand}} tiene un horario que le resulta conveniente.',
          'zh-CN': '{{h:brand}}的营业时间对您来说很方便。',
          'zh-TW': '{{h:brand}}的營業時間對您來說很方便。',
        },
      },
      {
        id: 'e3',
        expectation: {
          en: 'Excellent stores will have employees who give customers personal attention.',
          es: 'Las tiendas excelentes cuentan con personal que ofrece a los clientes una atención personalizada.',
          'zh-CN': '优秀门店的员工会为顾客提供贴心的个性化服务。',
          'zh-TW': '優秀門市的員工會為顧客提供貼心的個人化服務。',
        },
        perception: {
          en: '{{h:brand}} has employees who give you personal attention.',
          es: '{{h:brand}} cuenta con personal que le ofrece una atención personalizada.',
          'zh-CN': '{{h:brand}}的员工会为您提供贴心的个性化服务。',
          'zh-TW': '{{h:brand}}的員工會為您提供貼心的個人化服務。',
        },
      },
      {
        id: 'e4',
        expectation: {
          en: "Excellent stores will have their customers' best interests at heart.",
          es: 'Para las tiendas excelentes, los intereses de sus clientes son la prioridad.',
          'zh-CN': '优秀门店真心把顾客的利益放在首位。',
          'zh-TW': '優秀門市真心把顧客的權益放在第一位。',
        },
        perception: {
          en: '{{h:brand}} has your best interests at heart.',
          es: 'Para {{h:brand}}, sus intereses como cliente son la prioridad.',
          'zh-CN': '{{h:brand}}真心把您的利益放在首位。',
          'zh-TW': '{{h:brand}}真心把您的權益放在第一位。',
        },
      },
      {
        id: 'e5',
        expectation: {
          en: 'Employees of excellent stores will understand the specific needs of their customers.',
          es: 'El personal de las tiendas excelentes entiende las necesidades específicas de sus clientes.',
          'zh-CN': '优秀门店的员工了解顾客的具体需求。',
          'zh-TW': '優秀門市的員工了解顧客的個別需求。',
        },
        perception: {
          en: 'Employees of {{h:brand}} understand your specific needs.',
          es: 'El personal de {{h:brand}} entiende sus necesidades específicas.',
          'zh-CN': '{{h:brand}}的员工了解您的具体需求。',
          'zh-TW': '{{h:brand}}的員工了解您的個別需求。',
        },
      },
    ],
  },
];

/** 1 "Strongly disagree" … 7 "Strongly agree", every point labelled for small screens. */
const AGREEMENT_7: { value: number; label: LocalizedText }[] = [
  {
    value: 1,
    label: {
      en: 'Strongly disagree',
      es: 'Totalmente en desacuerdo',
      'zh-CN': '非常不同意',
      'zh-TW': '非常不同意',
    },
  },
  { value: 2, label: { en: 'Disagree', es: 'En desacuerdo', 'zh-CN': '不同意', 'zh-TW': '不同意' } },
  {
    value: 3,
    label: {
      en: 'Somewhat disagree',
      es: 'Algo en desacuerdo',
      'zh-CN': '比较不同意',
      'zh-TW': '有點不同意',
    },
  },
  {
    value: 4,
    label: { en: 'Neutral', es: 'Ni de acuerdo ni en desacuerdo', 'zh-CN': '一般', 'zh-TW': '普通' },
  },
  {
    value: 5,
    label: { en: 'Somewhat agree', es: 'Algo de acuerdo', 'zh-CN': '比较同意', 'zh-TW': '有點同意' },
  },
  { value: 6, label: { en: 'Agree', es: 'De acuerdo', 'zh-CN': '同意', 'zh-TW': '同意' } },
  {
    value: 7,
    label: { en: 'Strongly agree', es: 'Totalmente de acuerdo', 'zh-CN': '非常同意', 'zh-TW': '非常同意' },
  },
];

type Pages = SurveyDefinitionInput['pages'];

function matrices(part: 'exp' | 'perc', intro: LocalizedText): Pages[number]['questions'] {
  return SERVQUAL_DIMENSIONS.map((dimension, k) => ({
    id: `${part}_${dimension.key}`,
    type: 'matrix' as const,
    required: true,
    title: dimension.title,
    ...(k === 0 ? { description: intro } : {}),
    rows: dimension.items.map((item) => ({
      id: item.id,
      label: part === 'exp' ? item.expectation : item.perception,
    })),
    scale: AGREEMENT_7.map((point) => ({ value: point.value, label: point.label })),
  }));
}

export const servqual: SurveyTemplate = {
  key: 'servqual',
  category: 'service',
  name: {
    en: 'Service quality (SERVQUAL)',
    es: 'Calidad del servicio (SERVQUAL)',
    'zh-CN': '服务质量评估（SERVQUAL）',
    'zh-TW': '服務品質評量（SERVQUAL）',
  },
  description: {
    en: 'The 22-item SERVQUAL scale: customers rate what they expect from an excellent store and what they experience with you, so you can see the gap in tangibles, reliability, responsiveness, assurance and empathy.',
    es: 'La escala SERVQUAL de 22 ítems: los clientes valoran lo que esperan de una tienda excelente y lo que viven con usted, para ver la brecha en elementos tangibles, fiabilidad, capacidad de respuesta, seguridad y empatía.',
    'zh-CN':
      '经典的 22 项 SERVQUAL 量表：顾客分别评价对优秀门店的期望和在您这里的实际感受，从而看出有形性、可靠性、响应性、保证性和共情性五个维度上的差距。',
    'zh-TW':
      '經典的 22 題 SERVQUAL 量表：顧客分別評價對優秀門市的期望，以及在您這裡的實際感受，進而看出有形性、可靠性、回應性、保證性與同理心五個構面上的落差。',
  },
  definition: {
    ...templateLanguages(),
    hiddenFields: [{ name: 'brand' }, { name: 'store' }],
    pages: [
      {
        id: 'expectations',
        title: {
          en: 'What you expect from an excellent store',
          es: 'Lo que espera de una tienda excelente',
          'zh-CN': '您对优秀门店的期望',
          'zh-TW': '您對優秀門市的期望',
        },
        questions: matrices('exp', {
          en: 'Think of the kind of store that would deliver excellent service. How much do you agree with each statement?',
          es: 'Piense en el tipo de tienda que ofrecería un servicio excelente. ¿En qué medida está de acuerdo con cada afirmación?',
          'zh-CN': '请设想一家能提供卓越服务的门店。您在多大程度上同意以下各项说法？',
          'zh-TW': '請想像一家能提供卓越服務的門市。您對以下各項敘述的同意程度為何？',
        }),
      },
      {
        id: 'perceptions',
        title: {
          en: 'Your experience with {{h:brand}}',
          es: 'Su experiencia con {{h:brand}}',
          'zh-CN': '您在{{h:brand}}的实际体验',
          'zh-TW': '您在{{h:brand}}的實際體驗',
        },
        questions: matrices('perc', {
          en: 'Now think about {{h:brand}}. How much do you agree with each statement?',
          es: 'Ahora piense en {{h:brand}}. ¿En qué medida está de acuerdo con cada afirmación?',
          'zh-CN': '现在请想想{{h:brand}}。您在多大程度上同意以下各项说法？',
          'zh-TW': '現在請想想{{h:brand}}。您對以下各項敘述的同意程度為何？',
        }),
      },
      {
        id: 'overall',
        questions: [
          {
            id: 'overall_satisfaction',
            type: 'rating',
            points: 7,
            display: 'numbers',
            required: true,
            title: {
              en: 'Overall, how satisfied are you with the service of {{h:brand}}?',
              es: 'En general, ¿cuál es su grado de satisfacción con el servicio de {{h:brand}}?',
              'zh-CN': '总体而言，您对{{h:brand}}的服务满意吗？',
              'zh-TW': '整體而言，您對{{h:brand}}的服務滿意嗎？',
            },
            description: {
              en: '1 = Very dissatisfied, 7 = Very satisfied',
              es: '1 = Muy insatisfecho, 7 = Muy satisfecho',
              'zh-CN': '1 分表示非常不满意，7 分表示非常满意',
              'zh-TW': '1 分代表非常不滿意，7 分代表非常滿意',
            },
          },
        ],
      },
    ],
    endings: [{ id: 'thanks', title: THANK_YOU, message: THANK_YOU_MESSAGE }],
  },
};
