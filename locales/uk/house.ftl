# Тексти, спільні для всіх листів, незалежно від виду допомоги.

## Дані біля адреси (дата, номер справи, контакт).
detail-date = Дата
detail-reference = Номер справи
detail-subject = Тема
detail-handled-by = Контактна особа
detail-phone = Телефон
page-of = Сторінка { $page } з { $pages }

## Звертання і завершення листа. $name — ім’я, як воно є в системі.
salutation-heer = Шановний пане { $name }!
salutation-mevrouw = Шановна пані { $name }!
salutation-none = Доброго дня, { $name }!
## Рішення ухвалює college van burgemeester en wethouders; підписант підписує від його імені.
closing = З повагою,
    від імені виконавчого комітету муніципалітету (college van burgemeester en wethouders),

## Про списання муніципальних податків вирішує invorderingsambtenaar (Invorderingswet 1990
## ст. 26, Gemeentewet ст. 255).
closing-invorderingsambtenaar = З повагою,
    від імені посадової особи муніципалітету зі стягнення податків (invorderingsambtenaar),

## Заголовки рамок (::: deadline, ::: warning, ::: info, ::: objection).
callout-deadline = Зверніть увагу на дату
callout-warning = Увага
callout-info = Корисно знати
objection-title = Ви не згодні з цим рішенням?

## Який лист є офіційним (Awb 2:6: офіційний лист — нідерландською).
binding-note = Це переклад. Офіційним є лист нідерландською мовою.
binding-note-title = Який лист є чинним?
## A bilingual letter (--with-dutch): these are printed in this language and in Dutch.
bilingual-note = Цей лист написано двома мовами. Спочатку йде переклад. Потім йде текст нідерландською мовою. Офіційним є лише текст нідерландською мовою.
bilingual-translation = Переклад
bilingual-binding = Текст нідерландською мовою: цей текст є офіційним

## Часова шкала в кінці листа для легкого читання.
timeline-title = Що буде далі?
timeline-letter = Ви отримуєте цей лист.

## Альтернативні тексти піктограм (icons/icons.toml називає їх icon-<назва>).
icon-annual-statement = Річна довідка про доходи
icon-bank-statement = Банківська виписка
icon-benefit-statement = Довідка про виплату допомоги
icon-calendar = Календар
icon-car = Автомобіль
icon-checkmark = Готово
icon-child = Дитина
icon-clock = Годинник
icon-computer = Комп’ютер
icon-counter = Стійка обслуговування
icon-deadline = Кінцевий термін
icon-debt = Борги
icon-email = Електронна пошта
icon-energy = Енергія
icon-envelope = Лист
icon-family = Родина
icon-help-at-home = Допомога вдома
icon-house = Житло
icon-id-card = Посвідчення особи
icon-info = Інформація
icon-insurance = Страхування
icon-interview = Розмова
icon-invoice = Рахунок
icon-loan = Позика
icon-medical = Здоров’я та догляд
icon-money = Гроші
icon-next = Що буде далі?
icon-objection = Заперечення
icon-opening-hours = Години роботи
icon-partner = Партнер
icon-passport = Паспорт
icon-payment = Платіж
icon-payslip = Розрахунковий листок
icon-person = Особа
icon-phone = Телефон
icon-post = Пошта
icon-question = Запитання
icon-receipt = Чек
icon-refund = Повернення грошей
icon-rent = Орендна плата
icon-rental-contract = Договір оренди
icon-residence-document = Посвідка на проживання
icon-savings = Заощадження
icon-school = Школа
icon-signature = Підпис
icon-stop = Ні, це неможливо
icon-tax = Податок
icon-transport = Транспорт
icon-upload = Надіслати онлайн
icon-video-call = Відеодзвінок
icon-wait = Час очікування
icon-warning = Увага
icon-website = Вебсайт
